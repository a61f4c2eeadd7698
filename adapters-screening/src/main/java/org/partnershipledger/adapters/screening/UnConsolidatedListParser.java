package org.partnershipledger.adapters.screening;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads the UN Security Council Consolidated List from its published XML into a {@link SanctionsList}.
 *
 * <p>Why streaming and why so strict: the document comes from outside and runs to megabytes, so it is read with the
 * JDK's own StAX parser, one element at a time, with DTDs and external entities switched off. The published list never
 * declares a DTD, so a document that does is refused outright instead of being half-trusted. A document that is not a
 * consolidated list (an HTML error page, a truncated download, a list with no entries) is refused too: screening
 * against it would clear everyone.
 *
 * <p>Only the elements screening and review need are read; everything else (dates of birth, documents, comments) is
 * skipped, so new elements in a later edition of the schema do no harm.
 */
public final class UnConsolidatedListParser {

    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final String VERSION_ATTRIBUTE = "dateGenerated";
    private static final String INDIVIDUALS = "INDIVIDUALS";
    private static final String INDIVIDUAL = "INDIVIDUAL";
    private static final String ENTITIES = "ENTITIES";
    private static final String ENTITY = "ENTITY";
    private static final String INDIVIDUAL_ALIAS = "INDIVIDUAL_ALIAS";
    private static final String ENTITY_ALIAS = "ENTITY_ALIAS";
    // The published values carry stray spaces and line breaks ("KPe.053 ", a name split over lines).
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    // Keyed by "PARENT/CHILD": a COUNTRY under an address is an address country, under a place of birth it is not.
    private static final Map<String, BiConsumer<EntryBuilder, String>> TEXT_FIELDS = Map.ofEntries(
            Map.entry("INDIVIDUAL/DATAID", (entry, text) -> entry.dataId = text),
            Map.entry("INDIVIDUAL/FIRST_NAME", (entry, text) -> entry.names[0] = text),
            Map.entry("INDIVIDUAL/SECOND_NAME", (entry, text) -> entry.names[1] = text),
            Map.entry("INDIVIDUAL/THIRD_NAME", (entry, text) -> entry.names[2] = text),
            Map.entry("INDIVIDUAL/FOURTH_NAME", (entry, text) -> entry.names[3] = text),
            Map.entry("INDIVIDUAL/UN_LIST_TYPE", (entry, text) -> entry.unListType = text),
            Map.entry("INDIVIDUAL/REFERENCE_NUMBER", (entry, text) -> entry.referenceNumber = text),
            Map.entry("INDIVIDUAL/LISTED_ON", (entry, text) -> entry.listedOn = text),
            Map.entry("INDIVIDUAL/NAME_ORIGINAL_SCRIPT", (entry, text) -> entry.nameOriginalScript = text),
            Map.entry("INDIVIDUAL_ALIAS/ALIAS_NAME", (entry, text) -> entry.aliasName = text),
            Map.entry("INDIVIDUAL_ALIAS/QUALITY", (entry, text) -> entry.aliasQuality = text),
            Map.entry("NATIONALITY/VALUE", EntryBuilder::addNationality),
            Map.entry("INDIVIDUAL_ADDRESS/COUNTRY", EntryBuilder::addAddressCountry),
            Map.entry("ENTITY/DATAID", (entry, text) -> entry.dataId = text),
            Map.entry("ENTITY/FIRST_NAME", (entry, text) -> entry.names[0] = text),
            Map.entry("ENTITY/UN_LIST_TYPE", (entry, text) -> entry.unListType = text),
            Map.entry("ENTITY/REFERENCE_NUMBER", (entry, text) -> entry.referenceNumber = text),
            Map.entry("ENTITY/LISTED_ON", (entry, text) -> entry.listedOn = text),
            Map.entry("ENTITY/NAME_ORIGINAL_SCRIPT", (entry, text) -> entry.nameOriginalScript = text),
            Map.entry("ENTITY_ALIAS/ALIAS_NAME", (entry, text) -> entry.aliasName = text),
            Map.entry("ENTITY_ALIAS/QUALITY", (entry, text) -> entry.aliasQuality = text),
            Map.entry("ENTITY_ADDRESS/COUNTRY", EntryBuilder::addAddressCountry));

    /**
     * @param xml    the document; not closed here, the caller opened it
     * @param source where the document came from, named in every error so that a wrong location is easy to fix
     * @throws SanctionsListUnavailableException when the document is not well-formed, declares a DTD, is not a
     *                                           consolidated list, or lists nobody
     */
    public SanctionsList parse(InputStream xml, String source) {
        XMLStreamReader reader = null;
        try {
            reader = hardenedFactory().createXMLStreamReader(xml);
            return read(reader, source);
        } catch (XMLStreamException e) {
            throw new SanctionsListUnavailableException(source, "not well-formed XML (" + e.getMessage() + ")", e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static XMLInputFactory hardenedFactory() {
        // The JDK's built-in implementation, not whatever a jar on the class path registers: the settings below are
        // known to hold for it.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private SanctionsList read(XMLStreamReader reader, String source) throws XMLStreamException {
        String version = null;
        List<ListedEntry> entries = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        EntryBuilder entry = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new SanctionsListUnavailableException(source, "the document declares a DTD or uses entities, "
                        + "which the published list never does; refused so that no entity is expanded or fetched");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                String parent = path.peek();
                if (parent == null) {
                    version = rootVersion(reader, name, source);
                } else if (entry == null) {
                    entry = startOfEntry(parent, name);
                } else {
                    BiConsumer<EntryBuilder, String> field = TEXT_FIELDS.get(parent + "/" + name);
                    if (field != null) {
                        // getElementText consumes the end tag, so this element never goes on the path.
                        field.accept(entry, WHITESPACE.matcher(reader.getElementText()).replaceAll(" ").strip());
                        continue;
                    }
                    if (isAlias(parent, name)) {
                        entry.startAlias();
                    }
                }
                path.push(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                path.pop();
                String name = reader.getLocalName();
                String parent = path.peek();
                if (entry != null && startOfEntry(parent, name) != null) {
                    entries.add(entry.build(source));
                    entry = null;
                } else if (entry != null && isAlias(parent, name)) {
                    entry.endAlias();
                }
            }
        }
        if (version == null) {
            throw new SanctionsListUnavailableException(source, "the document is empty");
        }
        if (entries.isEmpty()) {
            throw new SanctionsListUnavailableException(source,
                    "the list names no individuals and no entities; refusing to screen against an empty list");
        }
        return new SanctionsList(version, entries);
    }

    private static String rootVersion(XMLStreamReader reader, String name, String source) {
        if (!ROOT.equals(name)) {
            throw new SanctionsListUnavailableException(source,
                    "not a consolidated list: the root element is <" + name + ">, expected <" + ROOT + ">");
        }
        String version = reader.getAttributeValue(null, VERSION_ATTRIBUTE);
        if (version == null || version.isBlank()) {
            throw new SanctionsListUnavailableException(source,
                    "the list has no " + VERSION_ATTRIBUTE + " attribute, so no screening could say which edition it used");
        }
        return version.strip();
    }

    private static EntryBuilder startOfEntry(String parent, String name) {
        if (INDIVIDUALS.equals(parent) && INDIVIDUAL.equals(name)) {
            return new EntryBuilder(ListedEntry.Kind.INDIVIDUAL);
        }
        if (ENTITIES.equals(parent) && ENTITY.equals(name)) {
            return new EntryBuilder(ListedEntry.Kind.ENTITY);
        }
        return null;
    }

    private static boolean isAlias(String parent, String name) {
        return (INDIVIDUAL.equals(parent) && INDIVIDUAL_ALIAS.equals(name))
                || (ENTITY.equals(parent) && ENTITY_ALIAS.equals(name));
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // Nothing was written; the outcome of the parse stands.
        }
    }

    private static final class EntryBuilder {
        private final ListedEntry.Kind kind;
        private final String[] names = new String[4];
        private final List<ListedEntry.Alias> aliases = new ArrayList<>();
        private final List<String> nationalities = new ArrayList<>();
        private final List<String> addressCountries = new ArrayList<>();
        private String dataId;
        private String referenceNumber;
        private String unListType;
        private String listedOn;
        private String nameOriginalScript;
        private String aliasName;
        private String aliasQuality;

        EntryBuilder(ListedEntry.Kind kind) {
            this.kind = kind;
        }

        void startAlias() {
            aliasName = null;
            aliasQuality = null;
        }

        void endAlias() {
            // The published list carries empty <ALIAS_NAME/> placeholders; they name nobody.
            if (aliasName != null && !aliasName.isBlank()) {
                aliases.add(new ListedEntry.Alias(aliasName, aliasQuality));
            }
            startAlias();
        }

        void addNationality(String value) {
            if (!value.isBlank()) {
                nationalities.add(value);
            }
        }

        void addAddressCountry(String value) {
            if (!value.isBlank() && !addressCountries.contains(value)) {
                addressCountries.add(value);
            }
        }

        ListedEntry build(String source) {
            List<String> nameParts = new ArrayList<>();
            for (String part : names) {
                if (part != null && !part.isBlank()) {
                    nameParts.add(part);
                }
            }
            if (nameParts.isEmpty()) {
                // An entry nobody can be matched against is a broken list, not a detail to skip.
                throw new SanctionsListUnavailableException(source, "the " + kind.name().toLowerCase(Locale.ROOT)
                        + " with DATAID " + dataId + " and reference " + referenceNumber + " has no name");
            }
            return new ListedEntry(dataId, kind, referenceNumber, nameParts, unListType, listedOn, nameOriginalScript,
                    aliases, nationalities, addressCountries);
        }
    }
}
