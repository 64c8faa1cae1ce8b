# Multi-stage build. The build stage takes PixelMed from Debian's libpixelmed-java (./mvnw installs the jar into
# the local Maven repository); the runtime image carries it inside target/quarkus-app/lib/main, so it needs only a JRE.
FROM debian:bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven libpixelmed-java ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY src src
COPY protocols protocols
RUN ./mvnw -B -q package -DskipTests

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 1001 --home /app mrpa
WORKDIR /app
COPY --from=build /src/target/quarkus-app/ /app/
COPY protocols /app/protocols
USER 1001
EXPOSE 8080
# The catalog is read from /app/protocols; mount a site catalog over it to customise.
ENTRYPOINT ["java", "-jar", "/app/quarkus-run.jar"]
