"""Training the NER model that ships with Jejak (`models/ner-id`)."""
