-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Search entries now carry the French labels of their themes and support modes in their body
-- (SearchEntries.withTaxonomyLabels). Emptying the index makes the next start rebuild it from the
-- node's objects and copies (SearchIndexStartup), so entries indexed before get the labels too.
-- search_word is insert-only and kept.
DELETE FROM search_document;
