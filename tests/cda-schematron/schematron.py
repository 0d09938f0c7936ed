"""The ANS "Structuration minimale" header schematron, run through the ISO
pipeline of the ANS test kit by SaxonC-HE (PyPI `saxonche`, XSLT 3):

    iso_dsdl_include.xsl -> iso_abstract_expand.xsl -> iso_svrl_for_xslt2.xsl

compiles `structurationMinimale/ASIP-STRUCT-MIN-StrucMin.sch` once into an
XSLT that outputs SVRL, then runs it on every document named on the
command line. Prints one line per error, `N<TAB>XPATH<TAB>TEXT` (N: the
document's rank from 0), then `documents<TAB>COUNT`. The errors are the failed asserts and successful reports whose role
is not `warning`/`info` (the kit counts those as errors).

Exit status: 0 when it could run (whatever it found), 3 when saxonche is
missing, 2 on any other failure. Used by `tests/tests/schematron/mod.rs`.
"""
import sys
from pathlib import Path

try:
    from saxonche import PySaxonProcessor
except ImportError:
    print("saxonche introuvable", file=sys.stderr)
    sys.exit(3)

ICI = Path(__file__).resolve().parent
MOTEUR = ICI / "moteur"
SCH = ICI / "structurationMinimale" / "ASIP-STRUCT-MIN-StrucMin.sch"
SVRL = "{http://purl.oclc.org/dsdl/svrl}"


def compiler(xslt):
    inclus = xslt.compile_stylesheet(stylesheet_file=str(MOTEUR / "iso_dsdl_include.xsl"))
    texte = inclus.transform_to_string(source_file=str(SCH))
    # Includes are resolved by the first step. The value sets are read by
    # `doc('include/…')` relative to the `.sch`; a stylesheet compiled from
    # text has no base URI, so those paths are made absolute.
    for xsl in ("iso_abstract_expand.xsl", "iso_svrl_for_xslt2.xsl"):
        exe = xslt.compile_stylesheet(stylesheet_file=str(MOTEUR / xsl))
        noeud = PROC.parse_xml(xml_text=texte)
        texte = exe.transform_to_string(xdm_node=noeud)
    texte = texte.replace("doc('include/", "doc('" + SCH.parent.as_uri() + "/include/")
    return xslt.compile_stylesheet(stylesheet_text=texte, encoding="UTF-8")


def erreurs(svrl_text):
    import xml.etree.ElementTree as ET

    racine = ET.fromstring(svrl_text)
    sortie = []
    for el in racine.iter():
        if el.tag not in (SVRL + "failed-assert", SVRL + "successful-report"):
            continue
        if (el.get("role") or "error").lower() in ("warning", "info", "information"):
            continue
        texte = el.find(SVRL + "text")
        sortie.append(
            {
                "lieu": " ".join((el.get("location") or "").split()),
                "texte": " ".join("".join(texte.itertext()).split()) if texte is not None else "",
            }
        )
    return sortie


def main(documents):
    global PROC
    with PySaxonProcessor(license=False) as proc:
        PROC = proc
        xslt = proc.new_xslt30_processor()
        schematron = compiler(xslt)
        for n, doc in enumerate(documents):
            svrl = schematron.transform_to_string(source_file=str(Path(doc).resolve()))
            for e in erreurs(svrl):
                print(f"{n}\t{e['lieu']}\t{e['texte']}")
        print(f"documents\t{len(documents)}")


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except Exception as e:  # noqa: BLE001 - reported to the Rust test
        print(f"échec du schématron : {e}", file=sys.stderr)
        sys.exit(2)
