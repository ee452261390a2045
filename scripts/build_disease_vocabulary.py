"""Write transform/lexicons/icd10cm_diseases.csv and icd10cm_symptoms.csv: the disease and
symptom names of ICD-10-CM, through the simple-icd-10-cm package, in a press release's wording
(transform/disease_vocabulary.py).

The package holds all of ICD-10-CM in memory (about 200 MB): the pipeline's workers read this
file instead. Run it again after upgrading simple-icd-10-cm:

    .venv/bin/python scripts/build_disease_vocabulary.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from transform.disease_vocabulary import (
    SYMPTOMS_FILE,
    VOCABULARY_FILE,
    derive_disease_names,
    derive_symptom_names,
    symptoms_header,
    vocabulary_header,
)


def main() -> int:
    names = sorted(derive_disease_names())
    VOCABULARY_FILE.write_text(vocabulary_header() + "".join(f"{n}\n" for n in names))
    print(f"wrote {len(names)} names to {VOCABULARY_FILE}")
    symptoms = sorted(derive_symptom_names())
    SYMPTOMS_FILE.write_text(symptoms_header() + "".join(f"{n}\n" for n in symptoms))
    print(f"wrote {len(symptoms)} names to {SYMPTOMS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
