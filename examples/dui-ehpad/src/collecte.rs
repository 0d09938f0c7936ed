//! Writing the user-level collection file of `usager.md`: the structure,
//! `dateProduction`, and every resident with `identite`, `sejour` and
//! `donnees` (exactly the report's WS05 payload `donnees`).
//!
//! The one place of the example that knows the file's shape: when the
//! runtime's typed collection (`sidoba::usager::Collecte<R>`) lands, [`texte`]
//! is replaced by it and [`ecrire`] by its writer.

use crate::usagers::Usagers;
use generated::rama_usager_2026::{CAMPAGNE, MODELE, Rapport, VERSION};
use sidoba::usager::{Identite, Personne};
use std::io;
use std::path::Path;

/// A JSON string literal (serialising a `str` cannot fail).
fn chaine(buf: &mut String, s: &str) {
    buf.push_str(&serde_json::to_string(s).unwrap_or_default());
}

/// The collection file's text: one resident per line, same input, same
/// bytes.
pub fn texte(u: &Usagers) -> String {
    let mut buf = String::with_capacity(1024 * (u.usagers.len() + 1));
    buf.push_str("{\"campagne\":");
    chaine(&mut buf, CAMPAGNE);
    buf.push_str(",\"modele\":{\"code\":");
    chaine(&mut buf, MODELE);
    buf.push_str(",\"version\":");
    chaine(&mut buf, VERSION);
    buf.push_str(&format!(
        "}},\"dateProduction\":\"{}\",\"structure\":{{\"finess\":",
        u.date_production
    ));
    chaine(&mut buf, u.structure.finess.as_str());
    buf.push_str("},\"usagers\":[");
    for (i, usager) in u.usagers.iter().enumerate() {
        buf.push_str(if i == 0 { "\n" } else { ",\n" });
        personne(&mut buf, &usager.personne, &usager.rapport);
    }
    buf.push_str("]}\n");
    buf
}

fn personne(buf: &mut String, p: &Personne, rapport: &Rapport) {
    buf.push_str("{\"identifiant\":");
    chaine(buf, &p.identifiant);
    buf.push_str(",\"identite\":");
    identite(buf, &p.identite);
    buf.push_str(",\"sejour\":{\"identifiant\":");
    chaine(buf, &p.sejour.identifiant);
    buf.push_str(&format!(",\"debut\":\"{}\",\"fin\":", p.sejour.debut));
    match p.sejour.fin {
        Some(d) => buf.push_str(&format!("\"{d}\"")),
        None => buf.push_str("null"),
    }
    buf.push_str("},\"donnees\":");
    buf.push_str(&donnees(rapport));
    buf.push('}');
}

fn identite(buf: &mut String, i: &Identite) {
    buf.push_str("{\"statut\":");
    chaine(buf, i.statut.code());
    if let Some(ins) = &i.ins {
        buf.push_str(",\"ins\":{\"type\":");
        chaine(buf, ins.type_().code());
        buf.push_str(",\"valeur\":");
        chaine(buf, ins.valeur());
        buf.push('}');
    }
    buf.push_str(",\"nomNaissance\":");
    chaine(buf, &i.nom_naissance);
    buf.push_str(",\"prenomsNaissance\":[");
    for (k, p) in i.prenoms_naissance.iter().enumerate() {
        if k > 0 {
            buf.push(',');
        }
        chaine(buf, p);
    }
    buf.push_str("],\"premierPrenom\":");
    chaine(buf, &i.premier_prenom);
    buf.push_str(",\"sexe\":");
    chaine(buf, i.sexe.code());
    buf.push_str(&format!(
        ",\"rangNaissance\":{},\"dateNaissance\":\"{}\"",
        i.rang_naissance, i.date_naissance
    ));
    if let Some(lieu) = &i.lieu_naissance {
        buf.push_str(",\"lieuNaissance\":");
        chaine(buf, lieu);
    }
    buf.push('}');
}

/// The report's payload `donnees`, cut out of the generated payload so
/// that they are its very bytes (decimals exact, keys in model order).
fn donnees(rapport: &Rapport) -> String {
    let payload = rapport.payload_sans_validation();
    let tete = format!(
        "{{\"campagne\":\"{CAMPAGNE}\",\"modele\":{{\"code\":\"{MODELE}\",\"version\":\"{VERSION}\"}},\"donnees\":"
    );
    payload
        .strip_prefix(&tete)
        .and_then(|d| d.strip_suffix('}'))
        .map(str::to_owned)
        // The envelope is written by the runtime with exactly this head; a
        // change there is caught by the tests, not sent half-cut.
        .unwrap_or_else(|| "{}".to_owned())
}

/// Writes the collection file: readable by its owner only (0600 on Unix,
/// from its creation), atomically (a temporary file in the same folder,
/// synced, renamed over `chemin`). Until the runtime has its own writer,
/// the toolkit's (`sidoba bundle -o` uses it too).
pub fn ecrire(chemin: &Path, texte: &str) -> io::Result<()> {
    sidoba_codegen::usager::fichier::ecrire_atomique(chemin, texte.as_bytes(), true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use generated::rama_usager_2026::{Gir, LigneHospitalisations};

    #[test]
    fn the_donnees_are_the_payloads_own_bytes() {
        let rapport = Rapport {
            gir: Some(Gir::V2),
            poids: Some("48.5".parse().unwrap()),
            hospitalisations: vec![LigneHospitalisations {
                hospitalisation_duree: Some(6),
                ..Default::default()
            }],
            ..Default::default()
        };
        let d = donnees(&rapport);
        assert_eq!(
            d,
            r#"{"gir":"2","poids":48.5,"hospitalisations":[{"hospitalisation_duree":6}]}"#
        );
        // Cut from the envelope, not rewritten: a change of the runtime's
        // envelope fails here rather than sending `{}`.
        assert!(
            rapport
                .payload_sans_validation()
                .ends_with(&format!("\"donnees\":{d}}}"))
        );
        assert_eq!(donnees(&Rapport::default()), "{}");
    }
}
