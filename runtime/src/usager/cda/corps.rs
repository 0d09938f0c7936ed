//! The CDA body, written as the report's walk goes: one section per block
//! or row (nested as the blocks nest), one observation per filled field,
//! typed as in the TDDUI CDA guide's example (INT, PQ, ST, BL, TS, CD).
//!
//! A section is kept in a buffer until its `fermer`, so that a section with
//! nothing in it is left out. Fields outside any block go into a first
//! section for the report itself.

use super::entete::ts;
use super::xml;
use super::{Contexte, ErreurCda, code_systeme};
use crate::descripteur::{Champ, Genre};
use crate::ecriture;
use crate::usager::{Rendu, Sortie, fhir};

/// One open section.
struct Cadre {
    /// Sections are numbered in the order they open.
    numero: usize,
    code: String,
    libelle: String,
    /// Narrative rows (`<tr>`), one per entry.
    lignes: String,
    /// `<entry>`s.
    entrees: String,
    /// Closed inner sections, each in its `<component>`.
    sous: String,
}

impl Cadre {
    fn new(numero: usize, code: &str, libelle: &str) -> Cadre {
        Cadre {
            numero,
            code: code.to_owned(),
            libelle: libelle.to_owned(),
            lignes: String::new(),
            entrees: String::new(),
            sous: String::new(),
        }
    }

    fn vide(&self) -> bool {
        self.entrees.is_empty() && self.sous.is_empty()
    }
}

/// The [`Sortie`] of a CDA document.
pub(crate) struct Corps<'c> {
    id: &'c str,
    base: &'c str,
    modele: &'c str,
    /// The `codeSystem` of block and field codes: the model's Questionnaire
    /// (URL `|` version) as a UUID.
    systeme: String,
    /// The report's own section.
    rapport: Cadre,
    /// One per open block.
    pile: Vec<Cadre>,
    /// Closed top-level block sections.
    sections: String,
    entrees: usize,
    n_sections: usize,
    erreur: Option<ErreurCda>,
}

impl<'c> Corps<'c> {
    pub(crate) fn new(c: &'c Contexte<'c>, id: &'c str) -> Corps<'c> {
        let url = format!(
            "{}|{}",
            fhir::url_questionnaire(c.base, c.modele_code),
            c.modele_version
        );
        let libelle = format!("Rapport {} {}", c.modele_code, c.modele_version);
        Corps {
            id,
            base: c.base,
            modele: c.modele_code,
            systeme: code_systeme(&url),
            rapport: Cadre::new(1, c.modele_code, &libelle),
            pile: Vec::new(),
            sections: String::new(),
            entrees: 0,
            n_sections: 1,
            erreur: None,
        }
    }

    fn echec(&mut self, e: ErreurCda) {
        self.erreur.get_or_insert(e);
    }

    /// Where a field is, for errors: the codes of the open blocks and the
    /// field's (never a value).
    fn lieu(&self, champ: &str) -> String {
        let mut l = String::new();
        for c in &self.pile {
            l.push_str(&c.code);
            l.push('.');
        }
        l.push_str(champ);
        l
    }

    /// `<code code=… displayName=… codeSystem=… codeSystemName=…/>` of a
    /// block's or a field's code.
    fn code_modele(
        &self,
        buf: &mut String,
        code: &str,
        libelle: &str,
    ) -> Result<(), xml::Interdit> {
        buf.push_str("<code code=\"");
        xml::code(buf, code)?;
        buf.push_str("\" displayName=\"");
        xml::attribut(buf, libelle)?;
        buf.push_str("\" codeSystem=\"");
        buf.push_str(&self.systeme);
        buf.push_str("\" codeSystemName=\"");
        xml::attribut(buf, self.modele)?;
        buf.push_str("\"/>");
        Ok(())
    }

    fn courant(&mut self) -> &mut Cadre {
        self.pile.last_mut().unwrap_or(&mut self.rapport)
    }

    /// A closed section, as the `<component>` its parent holds.
    fn section(&self, c: &Cadre) -> Result<String, xml::Interdit> {
        let mut s = String::with_capacity(c.lignes.len() + c.entrees.len() + c.sous.len() + 400);
        s.push_str("<component><section><id root=\"");
        s.push_str(self.id);
        s.push_str("\" extension=\"section-");
        s.push_str(itoa::Buffer::new().format(c.numero));
        s.push_str("\"/>");
        self.code_modele(&mut s, &c.code, &c.libelle)?;
        s.push_str("<title>");
        xml::texte(&mut s, &c.libelle)?;
        s.push_str("</title>\n");
        if c.vide() {
            s.push_str("<text>Aucun champ renseigné.</text>\n");
        } else if !c.lignes.is_empty() {
            s.push_str(
                "<text><table><thead><tr><th>Champ</th><th>Valeur</th></tr></thead><tbody>\n",
            );
            s.push_str(&c.lignes);
            s.push_str("</tbody></table></text>\n");
        }
        s.push_str(&c.entrees);
        s.push_str(&c.sous);
        s.push_str("</section></component>\n");
        Ok(s)
    }

    fn entree(&mut self, champ: &Champ<'_>, valeur: Rendu<'_>) -> Result<(), xml::Interdit> {
        self.entrees += 1;
        let mut n = itoa::Buffer::new();
        let n = n.format(self.entrees);
        let mut ligne = String::new();
        let mut e = String::new();

        ligne.push_str("<tr ID=\"v");
        ligne.push_str(n);
        ligne.push_str("\"><td>");
        xml::texte(&mut ligne, champ.libelle)?;
        ligne.push_str("</td><td>");

        e.push_str(concat!(
            "<entry><observation classCode=\"OBS\" moodCode=\"EVN\">",
            "<templateId root=\"1.3.6.1.4.1.19376.1.5.3.1.4.13\"/>",
            "<templateId root=\"1.2.250.1.213.1.1.3.48\"/><id root=\""
        ));
        e.push_str(self.id);
        e.push_str("\" extension=\"");
        e.push_str(n);
        e.push_str("\"/>");
        self.code_modele(&mut e, champ.code, champ.libelle)?;
        e.push_str("<text><reference value=\"#v");
        e.push_str(n);
        e.push_str("\"/></text><statusCode code=\"completed\"/><value xsi:type=\"");
        match valeur {
            Rendu::Entier(v) => {
                let mut b = itoa::Buffer::new();
                let v = b.format(v);
                ligne.push_str(v);
                e.push_str("INT\" value=\"");
                e.push_str(v);
                e.push_str("\"/>");
            }
            Rendu::Decimal(v) => {
                // An `entier` whose bounds exceed 32 bits comes as a decimal
                // (FHIR's choice); CDA integers have no such limit.
                let (genre, decimales) = match champ.genre {
                    Genre::Entier { .. } if v.fract().is_zero() => ("INT", 0),
                    Genre::Decimal { decimales, .. } => ("PQ", decimales),
                    _ => ("PQ", 0),
                };
                let mut t = String::new();
                ecriture::decimal(&mut t, v, decimales);
                ligne.push_str(&t);
                e.push_str(genre);
                e.push_str("\" value=\"");
                e.push_str(&t);
                e.push_str("\"/>");
            }
            Rendu::Texte(v) => {
                xml::texte(&mut ligne, v)?;
                e.push_str("ST\">");
                xml::texte(&mut e, v)?;
                e.push_str("</value>");
            }
            Rendu::Booleen(v) => {
                ligne.push_str(if v { "Oui" } else { "Non" });
                e.push_str("BL\" value=\"");
                e.push_str(if v { "true" } else { "false" });
                e.push_str("\"/>");
            }
            Rendu::Date(d) => {
                ligne.push_str(&d.to_string());
                e.push_str("TS\" value=\"");
                ts(&mut e, d);
                e.push_str("\"/>");
            }
            Rendu::Code(v) => {
                xml::texte(&mut ligne, v.libelle)?;
                ligne.push_str(" (");
                xml::texte(&mut ligne, v.code)?;
                ligne.push(')');
                e.push_str("CD\" code=\"");
                xml::code(&mut e, v.code)?;
                e.push_str("\" displayName=\"");
                xml::attribut(&mut e, v.libelle)?;
                if let Genre::Code { nomenclature, .. } = champ.genre {
                    e.push_str("\" codeSystem=\"");
                    e.push_str(&code_systeme(&fhir::systeme(self.base, nomenclature)));
                    e.push_str("\" codeSystemName=\"");
                    xml::attribut(&mut e, nomenclature.code)?;
                }
                e.push_str("\"/>");
            }
        }
        ligne.push_str("</td></tr>\n");
        e.push_str("</observation></entry>\n");
        let cadre = self.courant();
        cadre.lignes.push_str(&ligne);
        cadre.entrees.push_str(&e);
        Ok(())
    }

    /// The `<component><structuredBody>…</structuredBody></component>`.
    pub(crate) fn finir(mut self) -> Result<String, ErreurCda> {
        if !self.pile.is_empty() {
            self.echec(ErreurCda::Parcours);
        }
        if let Some(e) = self.erreur.take() {
            return Err(e);
        }
        let rapport = &self.rapport;
        let mut corps = String::from("<component><structuredBody>\n");
        // A body needs at least one section: an empty report keeps its own,
        // saying so.
        if !rapport.vide() || self.sections.is_empty() {
            let s = self.section(rapport).map_err(|_| ErreurCda::Caractere {
                lieu: "modele".into(),
            })?;
            corps.push_str(&s);
        }
        corps.push_str(&self.sections);
        corps.push_str("</structuredBody></component>\n");
        Ok(corps)
    }
}

/// The system of a nomenclature's codes, as the Bundle's codings: BASE +
/// `/CodeSystem/` + its code (its `reference` URL, once the descriptions
/// carry it).
impl Sortie for Corps<'_> {
    fn ouvrir(&mut self, code: &str, libelle: &str) {
        self.n_sections += 1;
        self.pile.push(Cadre::new(self.n_sections, code, libelle));
    }

    fn fermer(&mut self) {
        let Some(cadre) = self.pile.pop() else {
            self.echec(ErreurCda::Parcours);
            return;
        };
        if cadre.vide() {
            return;
        }
        match self.section(&cadre) {
            Ok(s) => match self.pile.last_mut() {
                Some(parent) => parent.sous.push_str(&s),
                None => self.sections.push_str(&s),
            },
            Err(_) => {
                let mut lieu = self.lieu(&cadre.code);
                lieu.insert_str(0, "bloc ");
                self.echec(ErreurCda::Caractere { lieu });
            }
        }
    }

    fn champ(&mut self, champ: &Champ<'_>, valeur: Rendu<'_>) {
        if self.entree(champ, valeur).is_err() {
            let lieu = self.lieu(champ.code);
            self.echec(ErreurCda::Caractere { lieu });
        }
    }
}
