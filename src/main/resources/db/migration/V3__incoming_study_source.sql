-- How the latest instance of a receiving study arrived (C_STORE or STOW_RS), so its check records the right trigger.
ALTER TABLE incoming_study ADD COLUMN last_source VARCHAR(16);
