"""Tokens, sentences, entities and gazetteer spans for every clean article."""
