"""The words a screen reader user hears, in the language Passdesk runs in: looked up in
translations/passdesk_<lang>.ts, so the test finds controls by the names a German user hears.
A string the catalog does not translate (yet) is shown in English by Passdesk, and so here."""

import os
import re
import xml.etree.ElementTree as ElementTree


class Catalog:
    def __init__(self, translations_dir, language):
        self.language = language
        self.messages = {}  # (context, source) -> translation; (None, source) -> first one
        self.plurals = {}
        # English too: its catalog has the plural forms ("1 second", "5 seconds").
        path = os.path.join(translations_dir, f"passdesk_{language}.ts")
        root = ElementTree.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if forms:
                    self.plurals[(name, source)] = forms
                    self.plurals.setdefault((None, source), forms)
                    continue
                if translation.text:
                    self.messages[(name, source)] = translation.text
                    self.messages.setdefault((None, source), translation.text)

    def __call__(self, source, context=None):
        """The text shown for source, with the mnemonic '&' removed as screen readers get it."""
        text = self.messages.get((context, source)) or self.messages.get((None, source)) or source
        return strip_mnemonic(text)

    def pattern(self, source, context=None):
        """A regular expression for the text with each %1, %2, %n filled in by anything."""
        forms = self.plurals.get((context, source)) or self.plurals.get((None, source))
        texts = forms if forms else [self(source, context)]
        alternatives = []
        for text in texts:
            parts = re.split(r"%(?:\d|n)", strip_mnemonic(text))
            alternatives.append("(?:.+?)".join(re.escape(part) for part in parts))
        return re.compile("|".join(f"(?:{alternative})" for alternative in alternatives), re.S)


def strip_mnemonic(text):
    return re.sub(r"&(.)", r"\1", text)
