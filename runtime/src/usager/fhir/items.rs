//! The QuestionnaireResponse's `item`s, written as the report's walk comes
//! ([`Sortie`]): a group per block or row, opened only when something is
//! written in it (a block's group with no item is left out, a row with
//! none is its linkId alone); a field's item with one answer, or one per
//! code of a `multiple` field; an answer's sub-items under `answer.item`.

use crate::descripteur::{Champ, Genre};
use crate::ecriture::{Ecrire, chaine, decimal};
use crate::usager::adresses::{entier_32_bits, systeme};
use crate::usager::{Rendu, Sortie};
use crate::{CodeConstat, Constat};

/// A group of the walk, written or still pending.
struct Niveau {
    code: String,
    libelle: String,
    /// Its opening is written.
    ecrit: bool,
    /// It holds a written item (the next one needs a comma).
    plein: bool,
    /// `code[i]` for a row (its place in findings' paths).
    ligne: Option<String>,
    /// The sub-items of an answer (`answer.item`), and the code of the
    /// item whose answer it is (open again once they are written).
    reponse: Option<String>,
}

/// Le [`Sortie`] des items d'une QuestionnaireResponse, écrits dans le
/// texte du Bundle. Les constats bloquants (une valeur hors des 32 bits
/// d'un item `integer`) vont dans la liste donnée, au chemin
/// `usagers[i].…` de la valeur.
pub struct Items<'b> {
    buf: &'b mut String,
    base: &'b str,
    chemin: &'b str,
    constats: &'b mut Vec<Constat>,
    /// `niveaux[0]` is the resource's `item` array itself.
    niveaux: Vec<Niveau>,
    /// The code of the field whose item is still open (more answers of a
    /// `multiple` field may follow).
    ouvert: Option<String>,
}

impl<'b> Items<'b> {
    pub fn new(
        buf: &'b mut String,
        base: &'b str,
        chemin: &'b str,
        constats: &'b mut Vec<Constat>,
    ) -> Items<'b> {
        Items {
            buf,
            base,
            chemin,
            constats,
            niveaux: vec![Niveau {
                code: String::new(),
                libelle: String::new(),
                ecrit: false,
                plein: false,
                ligne: None,
                reponse: None,
            }],
            ouvert: None,
        }
    }

    fn fermer_item(&mut self) {
        if self.ouvert.take().is_some() {
            self.buf.push_str("]}");
        }
    }

    /// Writes the pending groups' openings, outermost first.
    fn deployer(&mut self) {
        for i in 0..self.niveaux.len() {
            if self.niveaux[i].ecrit {
                continue;
            }
            if i == 0 {
                self.buf.push_str(r#","item":["#);
            } else {
                if self.niveaux[i - 1].plein {
                    self.buf.push(',');
                }
                self.niveaux[i - 1].plein = true;
                let n = &self.niveaux[i];
                self.buf.push_str(r#"{"linkId":"#);
                chaine(self.buf, &n.code);
                if !n.libelle.is_empty() {
                    self.buf.push_str(r#","text":"#);
                    chaine(self.buf, &n.libelle);
                }
                self.buf.push_str(r#","item":["#);
            }
            self.niveaux[i].ecrit = true;
        }
    }

    /// The path of field `code` here, for a finding.
    fn chemin_de(&self, code: &str) -> String {
        let mut c = self.chemin.to_owned();
        for l in self.niveaux.iter().filter_map(|n| n.ligne.as_deref()) {
            c.push('.');
            c.push_str(l);
        }
        c.push('.');
        c.push_str(code);
        c
    }

    /// Closes whatever is open (the end of the report).
    pub fn finir(mut self) {
        self.fermer_item();
        while self.niveaux.len() > 1 {
            self.fermer();
        }
        if self.niveaux[0].ecrit {
            self.buf.push(']');
        }
    }

    fn pousser(&mut self, code: &str, libelle: &str, ligne: Option<String>) {
        self.fermer_item();
        self.niveaux.push(Niveau {
            code: code.to_owned(),
            libelle: libelle.to_owned(),
            ecrit: false,
            plein: false,
            ligne,
            reponse: None,
        });
    }
}

impl Sortie for Items<'_> {
    fn ouvrir(&mut self, code: &str, libelle: &str) {
        self.pousser(code, libelle, None);
    }

    fn ouvrir_ligne(&mut self, code: &str, libelle: &str, index: usize) {
        self.pousser(code, libelle, Some(format!("{code}[{index}]")));
    }

    fn fermer(&mut self) {
        // An answer's sub-items left open are closed first.
        while self.niveaux.last().is_some_and(|n| n.reponse.is_some()) {
            self.fermer_reponse();
        }
        self.fermer_item();
        // A row with nothing filled is still written, its linkId only:
        // rows keep their count and order (issue 20, item 1).
        let haut = self.niveaux.len() - 1;
        if haut > 0 && self.niveaux[haut].ligne.is_some() && !self.niveaux[haut].ecrit {
            self.deployer();
            let ouverture = r#","item":["#;
            if self.buf.ends_with(ouverture) {
                self.buf.truncate(self.buf.len() - ouverture.len());
            }
            self.buf.push('}');
            self.niveaux.pop();
            return;
        }
        // Never the root: an unbalanced `fermer` is ignored.
        if self.niveaux.len() > 1
            && let Some(n) = self.niveaux.pop()
            && n.ecrit
        {
            self.buf.push_str("]}");
        }
    }

    fn ouvrir_reponse(&mut self) {
        // Only right after an answer: its object is the buffer's end.
        let Some(code) = self.ouvert.take() else {
            return;
        };
        if self.buf.ends_with('}') {
            self.buf.pop();
        }
        self.buf.push_str(r#","item":["#);
        self.niveaux.push(Niveau {
            code: String::new(),
            libelle: String::new(),
            ecrit: true,
            plein: false,
            ligne: None,
            reponse: Some(code),
        });
    }

    fn fermer_reponse(&mut self) {
        if self.niveaux.last().is_none_or(|n| n.reponse.is_none()) {
            return;
        }
        self.fermer_item();
        if let Some(n) = self.niveaux.pop() {
            // The sub-items, then the answer object.
            self.buf.push_str("]}");
            self.ouvert = n.reponse;
        }
    }

    fn champ(&mut self, champ: &Champ<'_>, valeur: Rendu<'_>) {
        // A text that is empty is not filled (FHIR strings are never empty).
        if matches!(valeur, Rendu::Texte("")) {
            return;
        }
        let entier_decimal = match champ.genre {
            Genre::Entier { min, max } => !entier_32_bits(min, max),
            _ => false,
        };
        if let Rendu::Entier(v) = valeur
            && !entier_decimal
            && i32::try_from(v).is_err()
        {
            // Never the value: it may be personal data.
            let chemin = self.chemin_de(champ.code);
            self.constats.push(Constat::champ(
                chemin,
                CodeConstat::Type,
                "La valeur ne tient pas dans un entier FHIR (32 bits, de -2147483648 à 2147483647) : le Bundle ne peut pas la porter. Le modèle devrait borner ce champ au-delà des 32 bits pour qu'il soit un décimal.".into(),
            ));
            return;
        }
        if let Rendu::Date(d) = valeur
            && d.annee() == 0
        {
            // FHIR has no year 0000 (issue 20, item 14).
            let chemin = self.chemin_de(champ.code);
            self.constats.push(Constat::champ(
                chemin,
                CodeConstat::Min,
                "L'année 0000 n'existe pas dans les dates FHIR : le Bundle ne peut pas porter cette date.".into(),
            ));
            return;
        }
        if self.ouvert.as_deref() == Some(champ.code) {
            self.buf.push(',');
        } else {
            self.fermer_item();
            self.deployer();
            let haut = self.niveaux.len() - 1;
            if self.niveaux[haut].plein {
                self.buf.push(',');
            }
            self.niveaux[haut].plein = true;
            self.buf.push_str(r#"{"linkId":"#);
            chaine(self.buf, champ.code);
            if !champ.libelle.is_empty() {
                self.buf.push_str(r#","text":"#);
                chaine(self.buf, champ.libelle);
            }
            self.buf.push_str(r#","answer":["#);
            self.ouvert = Some(champ.code.to_owned());
        }
        let buf = &mut *self.buf;
        match valeur {
            Rendu::Entier(v) => {
                buf.push_str(if entier_decimal {
                    r#"{"valueDecimal":"#
                } else {
                    r#"{"valueInteger":"#
                });
                v.ecrire(buf);
            }
            Rendu::Decimal(d) => {
                let decimales = match champ.genre {
                    Genre::Decimal { decimales, .. } => decimales,
                    _ => 0,
                };
                buf.push_str(r#"{"valueDecimal":"#);
                decimal(buf, d, decimales);
            }
            Rendu::Texte(t) => {
                buf.push_str(r#"{"valueString":"#);
                chaine(buf, t);
            }
            Rendu::Booleen(b) => {
                buf.push_str(r#"{"valueBoolean":"#);
                b.ecrire(buf);
            }
            Rendu::Date(d) => {
                buf.push_str(r#"{"valueDate":"#);
                d.ecrire(buf);
            }
            Rendu::Code(v) => {
                buf.push_str(r#"{"valueCoding":{"#);
                if let Genre::Code { nomenclature, .. } = champ.genre {
                    buf.push_str(r#""system":"#);
                    chaine(buf, &systeme(self.base, nomenclature));
                    buf.push(',');
                }
                buf.push_str(r#""code":"#);
                chaine(buf, v.code);
                if !v.libelle.is_empty() {
                    buf.push_str(r#","display":"#);
                    chaine(buf, v.libelle);
                }
                buf.push('}');
            }
        }
        buf.push('}');
    }
}
