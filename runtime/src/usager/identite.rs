//! L'identité et le séjour d'une personne : des valeurs typées, contrôlées,
//! jamais montrées.

use super::Ins;
use super::controle;
use crate::{Constat, Date};
use std::fmt;

/// Les niveaux de confiance de l'identité de FR Core.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum StatutIdentite {
    Provisoire,
    Recuperee,
    Validee,
    Qualifiee,
}

impl StatutIdentite {
    /// Tous les statuts.
    pub const TOUS: [StatutIdentite; 4] = [
        StatutIdentite::Provisoire,
        StatutIdentite::Recuperee,
        StatutIdentite::Validee,
        StatutIdentite::Qualifiee,
    ];

    /// Le code du fichier de collecte (`provisoire`, …).
    pub const fn code(self) -> &'static str {
        match self {
            StatutIdentite::Provisoire => "provisoire",
            StatutIdentite::Recuperee => "recuperee",
            StatutIdentite::Validee => "validee",
            StatutIdentite::Qualifiee => "qualifiee",
        }
    }

    /// Le code du jeu v2-0445 de FR Core 2.1.0, tel que TDDUI le fixe, qui
    /// n'a ni `RECUP` ni `QUAL` : `qualifiee` et `validee` → `VALI` (l'INS
    /// marque une identité qualifiée), `provisoire` et `recuperee` → `PROV`
    /// (`usager.md`, comme l'exemple du guide).
    pub const fn code_fhir(self) -> &'static str {
        match self {
            StatutIdentite::Provisoire | StatutIdentite::Recuperee => "PROV",
            StatutIdentite::Validee | StatutIdentite::Qualifiee => "VALI",
        }
    }

    /// Le statut dont le fichier de collecte écrit `code`, ou `None`.
    pub fn depuis_code(code: &str) -> Option<StatutIdentite> {
        StatutIdentite::TOUS.into_iter().find(|s| s.code() == code)
    }
}

/// Le sexe administratif.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Sexe {
    Feminin,
    Masculin,
    Indetermine,
}

impl Sexe {
    /// `F`, `M`, `I`.
    pub const fn code(self) -> &'static str {
        match self {
            Sexe::Feminin => "F",
            Sexe::Masculin => "M",
            Sexe::Indetermine => "I",
        }
    }

    /// Le `gender` de FHIR.
    pub const fn code_fhir(self) -> &'static str {
        match self {
            Sexe::Feminin => "female",
            Sexe::Masculin => "male",
            Sexe::Indetermine => "unknown",
        }
    }

    /// Le sexe dont le fichier de collecte écrit `code` (`F`, `M`, `I`), ou
    /// `None`.
    pub fn depuis_code(code: &str) -> Option<Sexe> {
        [Sexe::Feminin, Sexe::Masculin, Sexe::Indetermine]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// Qui est la personne. Donnée personnelle : `Debug` n'en montre rien.
#[derive(Clone, PartialEq, Eq)]
pub struct Identite {
    pub statut: StatutIdentite,
    /// Présent exactement quand `statut` vaut `Qualifiee`.
    pub ins: Option<Ins>,
    pub nom_naissance: String,
    /// Chacun sans espace, au moins un.
    pub prenoms_naissance: Vec<String>,
    pub premier_prenom: String,
    pub sexe: Sexe,
    /// Le rang de naissance, au moins 1 (1 quand il est inconnu).
    pub rang_naissance: u32,
    pub date_naissance: Date,
    /// Le code INSEE (COG) du lieu de naissance, quand il est connu.
    pub lieu_naissance: Option<String>,
}

impl Identite {
    /// Les constats bloquants de cette identité sous `chemin` (le chemin de
    /// l'identité, comme `usagers[0].identite`), dans l'ordre des clés ;
    /// `reference` est la date que la date de naissance ne peut dépasser.
    pub fn verifier(&self, reference: Date, chemin: &str, out: &mut Vec<Constat>) {
        let c = |cle: &str| format!("{chemin}.{cle}");
        controle::verifier_ins(
            Some(self.statut),
            self.ins.as_ref().map(Ins::valeur),
            chemin,
            out,
        );
        controle::verifier_nom(&self.nom_naissance, &c("nomNaissance"), out);
        controle::verifier_prenoms(
            self.prenoms_naissance.iter().map(String::as_str),
            &c("prenomsNaissance"),
            out,
        );
        controle::verifier_prenom(&self.premier_prenom, &c("premierPrenom"), out);
        controle::verifier_rang_naissance(i64::from(self.rang_naissance), &c("rangNaissance"), out);
        controle::verifier_date_naissance(self.date_naissance, reference, &c("dateNaissance"), out);
    }
}

impl fmt::Debug for Identite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Identite(<données personnelles masquées>)")
    }
}

/// Le séjour (ou le suivi) de la personne dans la structure. Donnée
/// personnelle.
#[derive(Clone, PartialEq, Eq)]
pub struct Sejour {
    pub identifiant: String,
    pub debut: Date,
    /// `None` tant que le séjour dure.
    pub fin: Option<Date>,
}

impl Sejour {
    /// Les constats du séjour sous `chemin` (le chemin du séjour) : un
    /// identifiant vide, une fin avant le début.
    pub fn verifier(&self, chemin: &str, out: &mut Vec<Constat>) {
        controle::verifier_identifiant_sejour(
            &self.identifiant,
            &format!("{chemin}.identifiant"),
            out,
        );
        controle::verifier_annee(self.debut, &format!("{chemin}.debut"), out);
        if let Some(f) = self.fin {
            controle::verifier_annee(f, &format!("{chemin}.fin"), out);
        }
        controle::verifier_fin_sejour(self.debut, self.fin, &format!("{chemin}.fin"), out);
    }
}

impl fmt::Debug for Sejour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Sejour(<données personnelles masquées>)")
    }
}

/// Une personne d'une collecte par personne : l'identifiant local du DUI,
/// l'identité, le séjour, les événements et les évaluations. Donnée
/// personnelle.
#[derive(Clone, PartialEq, Eq)]
pub struct Personne {
    /// L'identifiant local du DUI (unique dans la structure).
    pub identifiant: String,
    pub identite: Identite,
    pub sejour: Sejour,
    /// Format 2 : les événements de la personne, dans l'ordre du fichier.
    pub evenements: Vec<super::Evenement>,
    /// Format 2 : les évaluations de la personne (grilles remplies).
    pub evaluations: Vec<super::Evaluation>,
}

impl Personne {
    /// Les constats de l'identité (voir [`Identite::verifier`]) sous
    /// `chemin.identite`.
    pub fn verifier(&self, reference: Date, chemin: &str, out: &mut Vec<Constat>) {
        self.identite
            .verifier(reference, &format!("{chemin}.identite"), out);
    }
}

impl fmt::Debug for Personne {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Personne(<données personnelles masquées>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usager::TypeIns;
    use crate::{CodeConstat, Date};

    fn jeanne() -> Personne {
        Personne {
            identifiant: "194704032".into(),
            identite: Identite {
                statut: StatutIdentite::Qualifiee,
                ins: Some(Ins::new(TypeIns::Nir, "237047505612346").unwrap()),
                nom_naissance: "MARTIN".into(),
                prenoms_naissance: vec!["JEANNE".into(), "MARIE".into()],
                premier_prenom: "JEANNE".into(),
                sexe: Sexe::Feminin,
                rang_naissance: 1,
                date_naissance: Date::ymd(1937, 4, 12),
                lieu_naissance: Some("75056".into()),
            },
            sejour: Sejour {
                identifiant: "S-2025-001".into(),
                debut: Date::ymd(2025, 1, 3),
                fin: None,
            },
            evenements: vec![],
            evaluations: vec![],
        }
    }

    fn constats(p: &Personne) -> Vec<(String, CodeConstat)> {
        let mut out = Vec::new();
        p.verifier(Date::ymd(2026, 1, 15), "usagers[0]", &mut out);
        out.into_iter().map(|c| (c.chemin, c.code)).collect()
    }

    #[test]
    fn debug_ne_montre_aucune_donnee_personnelle() {
        let p = jeanne();
        for d in [
            format!("{p:?}"),
            format!("{:?}", p.identite),
            format!("{:?}", p.sejour),
            format!("{p:#?}"),
        ] {
            for secret in [
                "194704032",
                "MARTIN",
                "JEANNE",
                "1937",
                "75056",
                "2370475",
                "S-2025",
            ] {
                assert!(!d.contains(secret), "{d} montre {secret}");
            }
        }
    }

    #[test]
    fn une_bonne_identite_n_a_aucun_constat() {
        assert_eq!(constats(&jeanne()), vec![]);
    }

    #[test]
    fn chaque_mauvaise_identite_est_un_constat_bloquant_a_sa_cle() {
        let mut p = jeanne();
        p.identite.ins = None;
        p.identite.prenoms_naissance = vec!["JEANNE MARIE".into()];
        p.identite.date_naissance = Date::ymd(2026, 1, 16);
        p.identite.rang_naissance = 0;
        assert_eq!(
            constats(&p),
            vec![
                ("usagers[0].identite.ins".into(), CodeConstat::Obligatoire),
                (
                    "usagers[0].identite.prenomsNaissance".into(),
                    CodeConstat::Motif
                ),
                ("usagers[0].identite.rangNaissance".into(), CodeConstat::Min),
                ("usagers[0].identite.dateNaissance".into(), CodeConstat::Max),
            ]
        );
        let mut p = jeanne();
        p.identite.statut = StatutIdentite::Validee;
        assert_eq!(
            constats(&p),
            vec![(
                "usagers[0].identite.statut".into(),
                CodeConstat::Nomenclature
            )]
        );
    }

    #[test]
    fn les_messages_ne_citent_jamais_l_identite() {
        let mut p = jeanne();
        p.identite.nom_naissance = " ".into();
        p.identite.premier_prenom = "JEANNE X".into();
        p.identite.statut = StatutIdentite::Provisoire;
        let mut out = Vec::new();
        p.verifier(Date::ymd(1900, 1, 1), "usagers[0]", &mut out);
        assert_eq!(out.len(), 4);
        for c in &out {
            assert!(
                !c.message.contains("JEANNE") && !c.message.contains("2370"),
                "{}",
                c.message
            );
        }
    }

    /// Issue 20, point 14 : FHIR n'a pas d'an 0000 ; une telle date de
    /// naissance est un constat bloquant à sa clé, jamais un Patient que le
    /// schéma refuse.
    #[test]
    fn une_naissance_en_l_an_0000_est_un_constat() {
        let mut p = jeanne();
        p.identite.date_naissance = Date::ymd(0, 1, 1);
        assert_eq!(
            constats(&p),
            vec![("usagers[0].identite.dateNaissance".into(), CodeConstat::Min)]
        );
    }
}
