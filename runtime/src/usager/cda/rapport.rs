//! The campaign report as the CDA guide's entries: its fields become
//! FR-Evaluation-Composant observations (typed as the guide's entries
//! are: INT, PQ, ST, BL, TS, CD) of one FR-Evaluation, written as the
//! report's walk goes. A block or a row is a component of its own (value
//! `NA`) holding its fields' components, so that nesting and row order
//! survive; a row is always written, an empty non-repeatable block is not.
//!
//! Every value XML cannot carry is recorded at its place and the walk goes
//! on: one run reports them all (issue 20, item 13).

use super::ErreurCda;
use super::entete::ts;
use super::gabarits::ENTREE_COMPOSANT;
use super::xml;
use crate::descripteur::{Champ, Genre};
use crate::ecriture;
use crate::usager::{Rendu, Sortie, adresses};

/// One open block or row.
struct Cadre {
    code: String,
    /// Written even with nothing in it (a row of a repeatable block).
    garde: bool,
    /// Its `<observation>` opening (code, text, value NA), ready.
    tete: String,
    /// Its components so far.
    contenu: String,
}

/// The [`Sortie`] of a campaign report.
pub(crate) struct Rapport<'c> {
    id: &'c str,
    base: &'c str,
    /// The model's code, as `codeSystemName`.
    modele: &'c str,
    /// The `codeSystem` of block and field codes: the model's Questionnaire
    /// URL as a UUID.
    systeme: &'c str,
    pile: Vec<Cadre>,
    /// The report's top-level components.
    pub(crate) composants: String,
    /// Narrative rows (`<tr>`), one per filled field.
    pub(crate) lignes: String,
    n: usize,
    pub(crate) erreurs: Vec<ErreurCda>,
}

impl<'c> Rapport<'c> {
    pub(crate) fn new(id: &'c str, base: &'c str, modele: &'c str, systeme: &'c str) -> Self {
        Rapport {
            id,
            base,
            modele,
            systeme,
            pile: Vec::new(),
            composants: String::new(),
            lignes: String::new(),
            n: 0,
            erreurs: Vec::new(),
        }
    }

    /// True when no field was filled.
    pub(crate) fn vide(&self) -> bool {
        self.composants.is_empty()
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

    fn echec(&mut self, lieu: String) {
        self.erreurs.push(ErreurCda::Caractere { lieu });
    }

    /// The opening of a component up to its `text` (a numbered one: its id
    /// and the narrative it points to share the number).
    fn ouverture(
        &mut self,
        buf: &mut String,
        code: &str,
        libelle: &str,
    ) -> Result<usize, xml::Interdit> {
        self.n += 1;
        let mut b = itoa::Buffer::new();
        let n = b.format(self.n);
        buf.push_str("<entryRelationship typeCode=\"COMP\" inversionInd=\"false\"><observation classCode=\"OBS\" moodCode=\"EVN\">");
        buf.push_str(ENTREE_COMPOSANT);
        buf.push_str("<id root=\"");
        buf.push_str(self.id);
        buf.push_str("\" extension=\"composant-");
        buf.push_str(n);
        buf.push_str("\"/><code code=\"");
        xml::code(buf, code)?;
        buf.push_str("\" displayName=\"");
        xml::attribut(buf, libelle)?;
        buf.push_str("\" codeSystem=\"");
        buf.push_str(self.systeme);
        buf.push_str("\" codeSystemName=\"");
        xml::attribut(buf, self.modele)?;
        buf.push_str("\"/>");
        Ok(self.n)
    }

    fn reference(buf: &mut String, n: usize) {
        buf.push_str("<text><reference value=\"#rapport-");
        buf.push_str(itoa::Buffer::new().format(n));
        buf.push_str(
            "\"/></text><statusCode code=\"completed\"/><effectiveTime nullFlavor=\"NA\"/>",
        );
    }

    fn entree(&mut self, champ: &Champ<'_>, valeur: Rendu<'_>) -> Result<(), xml::Interdit> {
        let mut e = String::new();
        let n = self.ouverture(&mut e, champ.code, champ.libelle)?;
        Self::reference(&mut e, n);
        let mut ligne = String::from("<tr ID=\"rapport-");
        ligne.push_str(itoa::Buffer::new().format(n));
        ligne.push_str("\"><td>");
        xml::texte(&mut ligne, champ.libelle)?;
        ligne.push_str("</td><td>");
        e.push_str("<value xsi:type=\"");
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
                    e.push_str(&super::code_systeme(&adresses::systeme(
                        self.base,
                        nomenclature,
                    )));
                    e.push_str("\" codeSystemName=\"");
                    xml::attribut(&mut e, nomenclature.code)?;
                }
                e.push_str("\"/>");
            }
        }
        ligne.push_str("</td></tr>\n");
        e.push_str("</observation></entryRelationship>\n");
        self.lignes.push_str(&ligne);
        self.courant().push_str(&e);
        Ok(())
    }

    fn courant(&mut self) -> &mut String {
        match self.pile.last_mut() {
            Some(c) => &mut c.contenu,
            None => &mut self.composants,
        }
    }

    fn groupe(&mut self, code: &str, libelle: &str, garde: bool) {
        let mut tete = String::new();
        let ok = self.ouverture(&mut tete, code, libelle).is_ok();
        tete.push_str("<statusCode code=\"completed\"/><effectiveTime nullFlavor=\"NA\"/><value xsi:type=\"CD\" nullFlavor=\"NA\"/>\n");
        if !ok {
            let mut lieu = self.lieu(code);
            lieu.insert_str(0, "bloc ");
            self.echec(lieu);
        }
        self.pile.push(Cadre {
            code: code.to_owned(),
            garde,
            tete,
            contenu: String::new(),
        });
    }

    /// Ends the walk: an unbalanced walk is an error of the walk.
    pub(crate) fn finir(&mut self) {
        if !self.pile.is_empty() {
            self.pile.clear();
            self.erreurs.push(ErreurCda::Parcours);
        }
    }
}

impl Sortie for Rapport<'_> {
    fn ouvrir(&mut self, code: &str, libelle: &str) {
        self.groupe(code, libelle, false);
    }

    fn ouvrir_ligne(&mut self, code: &str, libelle: &str, _index: usize) {
        self.groupe(code, libelle, true);
    }

    fn fermer(&mut self) {
        let Some(cadre) = self.pile.pop() else {
            self.erreurs.push(ErreurCda::Parcours);
            return;
        };
        if cadre.contenu.is_empty() && !cadre.garde {
            return;
        }
        let parent = self.courant();
        parent.push_str(&cadre.tete);
        parent.push_str(&cadre.contenu);
        parent.push_str("</observation></entryRelationship>\n");
    }

    fn champ(&mut self, champ: &Champ<'_>, valeur: Rendu<'_>) {
        if self.entree(champ, valeur).is_err() {
            let lieu = self.lieu(champ.code);
            self.echec(lieu);
        }
    }
}
