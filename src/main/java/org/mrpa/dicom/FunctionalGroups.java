package org.mrpa.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mrpa.dicom.vendor.PrivateTag;

/**
 * Where the values of one object are (clinical reference §8.2): its top level and, for Enhanced MR, its shared
 * functional groups, then every frame's, macros nested within included; vendor private values are found by creator,
 * also in the private sequences vendors put inside the groups. Used by {@link DicomHeaderReader} only.
 *
 * @param shared   the items of SharedFunctionalGroupsSequence (empty for classic images)
 * @param perFrame the items of PerFrameFunctionalGroupsSequence (empty for classic images)
 */
record FunctionalGroups(AttributeList top, List<AttributeList> shared, List<AttributeList> perFrame) {

    /** How deep sequences are searched for a standard attribute below a functional group item. */
    private static final int MACRO_DEPTH = 3;

    /** How deep first items of sequences are searched for a private value. */
    private static final int PRIVATE_DEPTH = 2;

    static FunctionalGroups of(AttributeList top) {
        return new FunctionalGroups(
                top,
                items(top, TagFromName.SharedFunctionalGroupsSequence),
                items(top, TagFromName.PerFrameFunctionalGroupsSequence));
    }

    /** Top level first; if absent there, the shared groups, then every frame's groups (nested macros included). */
    List<Attribute> find(AttributeTag tag) {
        List<Attribute> out = new ArrayList<>();
        Attribute a = top.get(tag);
        if (a != null) {
            out.add(a);
            return out;
        }
        for (AttributeList s : shared) {
            nested(s, tag, 0, out);
        }
        if (out.isEmpty()) {
            for (AttributeList f : perFrame) {
                nested(f, tag, 0, out);
            }
        }
        return out;
    }

    /**
     * Values of a private attribute, found through its creator string in each list where the creator appears: the top
     * level, the shared groups and the first frame's groups.
     */
    List<String> privateValues(PrivateTag pv) {
        Set<String> values = new LinkedHashSet<>();
        List<AttributeList> lists = new ArrayList<>();
        lists.add(top);
        lists.addAll(shared);
        if (!perFrame.isEmpty()) {
            lists.add(perFrame.get(0));
        }
        for (AttributeList l : lists) {
            collectPrivate(l, pv, 0, values);
        }
        return List.copyOf(values);
    }

    /** The string values of an attribute; none when it has none or they cannot be read. */
    static String[] strings(Attribute a) {
        try {
            String[] v = a.getStringValues();
            return v == null ? new String[0] : v;
        } catch (DicomException e) {
            return new String[0];
        }
    }

    private static void nested(AttributeList list, AttributeTag tag, int depth, List<Attribute> out) {
        Attribute a = list.get(tag);
        if (a != null) {
            out.add(a);
        }
        if (depth >= MACRO_DEPTH) {
            return;
        }
        for (Object o : list.values()) {
            if (o instanceof SequenceAttribute seq) {
                for (int i = 0; i < seq.getNumberOfItems(); i++) {
                    nested(seq.getItem(i).getAttributeList(), tag, depth + 1, out);
                }
            }
        }
    }

    private static List<AttributeList> items(AttributeList list, AttributeTag tag) {
        Attribute a = list.get(tag);
        List<AttributeList> out = new ArrayList<>();
        if (a instanceof SequenceAttribute seq) {
            for (int i = 0; i < seq.getNumberOfItems(); i++) {
                out.add(seq.getItem(i).getAttributeList());
            }
        }
        return out;
    }

    private static void collectPrivate(AttributeList list, PrivateTag pv, int depth, Collection<String> out) {
        // only the private creators present are visited
        AttributeTag firstCreator = new AttributeTag(pv.group(), PrivateTag.FIRST_CREATOR_ELEMENT);
        AttributeTag lastCreator = new AttributeTag(pv.group(), PrivateTag.LAST_CREATOR_ELEMENT);
        for (Object o : list.subMap(firstCreator, true, lastCreator, true).values()) {
            Attribute creator = (Attribute) o;
            if (pv.creator().equals(creator.getSingleStringValueOrEmptyString().trim())) {
                Attribute value = list.get(new AttributeTag(
                        pv.group(), pv.elementIn(creator.getTag().getElement())));
                if (value != null) {
                    String[] values = strings(value);
                    for (int i = 0; i < (pv.firstValueOnly() ? Math.min(1, values.length) : values.length); i++) {
                        if (!values[i].isBlank()) {
                            out.add(values[i].trim());
                        }
                    }
                }
            }
        }
        if (depth >= PRIVATE_DEPTH) {
            return;
        }
        for (Object o : list.values()) {
            if (o instanceof SequenceAttribute seq && seq.getNumberOfItems() > 0) {
                collectPrivate(seq.getItem(0).getAttributeList(), pv, depth + 1, out);
            }
        }
    }
}
