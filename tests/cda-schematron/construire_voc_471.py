"""Rebuilds `structurationMinimale/include/voc-1.2.250.1.213.1.1.5.471-DYNAMIC.xml`
(missing from the ANS kit) from `jeuxDeValeurs/JDV_J07_XdsTypeCode_CISIS.xml`:
the codes only, in the ART-DECOR form the schematron reads
(`doc(...)/*/valueSet/conceptList/concept/@code`). Run once; the output is kept."""
import xml.etree.ElementTree as ET
from pathlib import Path

ici = Path(__file__).parent
svs = "{urn:ihe:iti:svs:2008}"
jdv = ET.parse(ici / "jeuxDeValeurs/JDV_J07_XdsTypeCode_CISIS.xml").getroot()
vs = jdv.find(f"{svs}ValueSet")
lignes = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<valueSets xmlns="urn:hl7-org:v3">',
    f'   <valueSet xmlns="" displayName="JDV_J07_XdsTypeCode_CISIS" id="{vs.get("id")}" name="JDV_J07_XdsTypeCode_CISIS">',
    "      <conceptList>",
]
for c in vs.iter(f"{svs}Concept"):
    lignes.append(f'         <concept code="{c.get("code")}" codeSystem="{c.get("codeSystem")}"/>')
lignes += ["      </conceptList>", "   </valueSet>", "</valueSets>", ""]
(ici / "structurationMinimale/include/voc-1.2.250.1.213.1.1.5.471-DYNAMIC.xml").write_text(
    "\n".join(lignes), encoding="utf-8"
)
