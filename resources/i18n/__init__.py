"""Translations: Qt Linguist .ts sources and the .qm files built from them."""
