//! Les templateIds et les codes de section du guide CDA (TDDUI CDA 1.0.1,
//! `CDA-requirements-summary.md` §1 et §3, tirés des pages du guide et de
//! son exemple officiel), écrits en XML tels qu'ils paraissent.

/// Le document : HL7 France, CI-SIS, le modèle EXPORT_DUI (avec la version
/// du guide que porte l'exemple officiel).
pub(crate) const DOCUMENT: &str = concat!(
    "<templateId root=\"2.16.840.1.113883.2.8.2.1\"/>\n",
    "<templateId root=\"1.2.250.1.213.1.1.1.1\"/>\n",
    "<templateId root=\"1.2.250.1.213.1.1.1.58\" extension=\"1.1.0-ballot\"/>\n",
);

/// FR-Sejours.
pub(crate) const SECTION_SEJOURS: &str = "<templateId root=\"1.2.250.1.213.1.1.2.249\"/>";
pub(crate) const CODE_SEJOURS: &str = "<code code=\"GEN-362\" displayName=\"Historique des séjours\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"/>";
/// FR-Sejour (organizer) et FR-Sejour-Admission (encounter).
pub(crate) const ENTREE_SEJOUR: &str = "<templateId root=\"1.2.250.1.213.1.1.3.219\"/>";
pub(crate) const ENTREE_SEJOUR_ADMISSION: &str = "<templateId root=\"2.16.840.1.113883.10.20.1.21\"/><templateId root=\"1.2.250.1.213.1.1.3.218\"/>";

/// FR-Evenements.
pub(crate) const SECTION_EVENEMENTS: &str = "<templateId root=\"1.2.250.1.213.1.1.2.248\"/>";
pub(crate) const CODE_EVENEMENTS: &str = "<code code=\"89793-4\" displayName=\"Evènements\" codeSystem=\"2.16.840.1.113883.6.1\" codeSystemName=\"LOINC\"/>";
/// FR-Evenement (encounter).
pub(crate) const ENTREE_EVENEMENT: &str = "<templateId root=\"2.16.840.1.113883.10.20.1.21\"/><templateId root=\"1.2.250.1.213.1.1.3.215\"/>";
/// FR-Statut (une FR-Simple-Observation).
pub(crate) const ENTREE_STATUT: &str = "<templateId root=\"1.3.6.1.4.1.19376.1.5.3.1.4.13\"/><templateId root=\"1.2.250.1.213.1.1.3.48\"/><templateId root=\"1.2.250.1.213.1.1.3.217\"/>";

/// FR-Statut-fonctionnel.
pub(crate) const SECTION_STATUT_FONCTIONNEL: &str = "<templateId root=\"2.16.840.1.113883.10.22.3.8\"/><templateId root=\"1.2.250.1.213.1.1.2.246\"/>";
pub(crate) const CODE_STATUT_FONCTIONNEL: &str = "<code code=\"47420-5\" displayName=\"Évaluation du statut fonctionnel\" codeSystem=\"2.16.840.1.113883.6.1\" codeSystemName=\"LOINC\"/>";
/// FR-Groupe-de-questionnaires-d-evaluation (organizer).
pub(crate) const ENTREE_GROUPE: &str = "<templateId root=\"2.16.840.1.113883.10.20.1.32\"/><templateId root=\"1.3.6.1.4.1.19376.1.5.3.1.1.12.3.7\"/><templateId root=\"1.2.250.1.213.1.1.3.95\"/>";
/// FR-Evaluation (observation).
pub(crate) const ENTREE_EVALUATION: &str = "<templateId root=\"2.16.840.1.113883.10.20.1.31\"/><templateId root=\"1.3.6.1.4.1.19376.1.5.3.1.4.13\"/><templateId root=\"1.3.6.1.4.1.19376.1.5.3.1.1.12.3.6\"/><templateId root=\"1.2.250.1.213.1.1.3.25\"/>";
/// FR-Evaluation-Composant (observation).
pub(crate) const ENTREE_COMPOSANT: &str = "<templateId root=\"2.16.840.1.113883.10.20.1.31\"/><templateId root=\"1.3.6.1.4.1.19376.1.5.3.1.4.13\"/><templateId root=\"1.2.250.1.213.1.1.3.214\"/>";
/// FR-Evaluation-Composant-N2 (observation, AGGIR).
pub(crate) const ENTREE_COMPOSANT_N2: &str = "<templateId root=\"1.2.250.1.213.1.1.3.220\"/>";

#[cfg(test)]
mod tests {
    use crate::usager::guide;

    /// Chaque templateId écrit est une ligne de la table du guide, avec la
    /// même extension : la table dit ce que portent les documents.
    #[test]
    fn chaque_gabarit_ecrit_est_dans_la_table_du_guide() {
        let tous = [
            super::DOCUMENT,
            super::SECTION_SEJOURS,
            super::ENTREE_SEJOUR,
            super::ENTREE_SEJOUR_ADMISSION,
            super::SECTION_EVENEMENTS,
            super::ENTREE_EVENEMENT,
            super::ENTREE_STATUT,
            super::SECTION_STATUT_FONCTIONNEL,
            super::ENTREE_GROUPE,
            super::ENTREE_EVALUATION,
            super::ENTREE_COMPOSANT,
            super::ENTREE_COMPOSANT_N2,
        ]
        .concat();
        let table = guide::par_defaut().cda.gabarits;
        let mut n = 0;
        for morceau in tous.split("<templateId root=\"").skip(1) {
            let racine = &morceau[..morceau.find('"').unwrap()];
            let g = table.iter().find(|g| g.racine == racine);
            assert!(g.is_some(), "{racine} absent de la table");
            let extension = morceau
                .split_once("extension=\"")
                .filter(|(avant, _)| !avant.contains('>'))
                .map(|(_, e)| &e[..e.find('"').unwrap()]);
            assert_eq!(g.unwrap().extension, extension, "{racine}");
            n += 1;
        }
        assert!(n >= 20, "{n}");
        assert_eq!(guide::guide("2.2.0").unwrap().cda.gabarits, table);
    }
}
