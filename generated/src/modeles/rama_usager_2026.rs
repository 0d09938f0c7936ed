// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : RAMA 2026 : données par résident : modèle RAMA_USAGER version 2026.1 (campagne RAMA-USAGER-2026).
// SHA-256 du fichier du modèle : 6794e77d98127354f4c343864c9626c824447791bbaaa1b4e6f65286fb294707
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RAMA-USAGER-2026";
/// Code du modèle.
pub const MODELE: &str = "RAMA_USAGER";
/// Version du modèle.
pub const VERSION: &str = "2026.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "6794e77d98127354f4c343864c9626c824447791bbaaa1b4e6f65286fb294707";
/// Groupe iso-ressources (AGGIR) (nomenclature gir).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum Gir {
    /// 1 : GIR 1
    V1,
    /// 2 : GIR 2
    V2,
    /// 3 : GIR 3
    V3,
    /// 4 : GIR 4
    V4,
    /// 5 : GIR 5
    V5,
    /// 6 : GIR 6
    V6,
}
/// Profil de soins (issu de PATHOS) (nomenclature profil_soins).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ProfilSoins {
    /// T1 : Pronostic vital en jeu, soins médicaux et techniques importants
    T1,
    /// T2 : Rééducation fonctionnelle intensive
    T2,
    /// M1 : Pathologie aiguë, surveillance médicale rapprochée
    M1,
    /// M2 : Pathologie chronique, surveillance médicale régulière
    M2,
    /// P1 : Soins psychiatriques de crise
    P1,
    /// P2 : Troubles psychiatriques de fond
    P2,
    /// R1 : Rééducation intensive
    R1,
    /// R2 : Rééducation de maintien
    R2,
    /// S0 : Soins de base, absence de profil lourd
    S0,
    /// CH : Soins palliatifs (ancienne valeur) (**inactive** : refusée dans un nouveau rapport)
    Ch,
}
/// Mode de sortie (nomenclature mode_sortie).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ModeSortie {
    /// DOMICILE : Retour à domicile
    Domicile,
    /// TRANSFERT : Transfert vers un autre établissement
    Transfert,
    /// DECES_ETAB : Décès dans l'établissement
    DecesEtab,
    /// DECES_HOPITAL : Décès à l'hôpital
    DecesHopital,
}
/// Mesure de protection juridique (nomenclature protection_juridique).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ProtectionJuridique {
    /// AUCUNE : Aucune mesure
    Aucune,
    /// SAUVEGARDE : Sauvegarde de justice
    Sauvegarde,
    /// CURATELLE : Curatelle
    Curatelle,
    /// TUTELLE : Tutelle
    Tutelle,
    /// HABILITATION : Habilitation familiale
    Habilitation,
    /// MANDAT : Mandat de protection future
    Mandat,
}
/// Cause d'hospitalisation (nomenclature cause_hospitalisation).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum CauseHospitalisation {
    /// CHUTE : Chute ou traumatisme
    Chute,
    /// CARDIO : Pathologie cardio-vasculaire
    Cardio,
    /// INFECT : Infection
    Infect,
    /// DENUTR : Dénutrition ou déshydratation
    Denutr,
    /// PSY : Troubles psycho-comportementaux
    Psy,
    /// PROG : Hospitalisation programmée
    Prog,
    /// AUTRE : Autre cause
    Autre,
    /// INCONNUE : Cause inconnue (ancienne valeur) (**inactive** : refusée dans un nouveau rapport)
    Inconnue,
}
/// Rapport « RAMA 2026 : données par résident » (campagne RAMA-USAGER-2026).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Séjour dans l'établissement (sejour_residence)
/// - Dépendance et soins (dependance)
/// - Droits et volontés (droits)
/// - Événements et risques de l'année (evenements)
/// - Hospitalisations de l'année (hospitalisations) : table de lignes
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Date d'entrée dans l'établissement** (date_entree).
    ///
    /// - Bloc : Séjour dans l'établissement (sejour_residence).
    /// - Type : date, de 1980-01-01 à 2026-12-31.
    /// - Obligatoire.
    pub date_entree: Option<sidoba::Date>,
    /// **Date de sortie** (date_sortie).
    ///
    /// - Bloc : Séjour dans l'établissement (sejour_residence).
    /// - Type : date, de 2026-01-01 à 2026-12-31.
    /// - Facultatif.
    pub date_sortie: Option<sidoba::Date>,
    /// **Mode de sortie** (mode_sortie).
    ///
    /// - Bloc : Séjour dans l'établissement (sejour_residence).
    /// - Type : code de la nomenclature « Mode de sortie ».
    /// - Facultatif.
    pub mode_sortie: Option<ModeSortie>,
    /// **Hébergement temporaire** (hebergement_temporaire).
    ///
    /// - Bloc : Séjour dans l'établissement (sejour_residence).
    /// - Type : booléen.
    /// - Obligatoire.
    pub hebergement_temporaire: Option<bool>,
    /// **GIR au 31/12 ou à la sortie** (gir).
    ///
    /// - Bloc : Dépendance et soins (dependance).
    /// - Type : code de la nomenclature « Groupe iso-ressources (AGGIR) ».
    /// - Obligatoire.
    pub gir: Option<Gir>,
    /// **Profils de soins (PATHOS)** (profil_soins).
    ///
    /// - Bloc : Dépendance et soins (dependance).
    /// - Type : ensemble de codes de la nomenclature « Profil de soins (issu de PATHOS) ».
    /// - Facultatif.
    pub profil_soins: Option<sidoba::Codes<ProfilSoins>>,
    /// **Poids à la dernière pesée** (poids).
    ///
    /// - Bloc : Dépendance et soins (dependance).
    /// - Type : décimal à 1 décimale(s) au plus, de 20 à 250.
    /// - Unité : kg.
    /// - Facultatif.
    pub poids: Option<sidoba::Decimal>,
    /// **Mesure de protection juridique** (protection_juridique).
    ///
    /// - Bloc : Droits et volontés (droits).
    /// - Type : code de la nomenclature « Mesure de protection juridique ».
    /// - Obligatoire.
    pub protection_juridique: Option<ProtectionJuridique>,
    /// **Personne de confiance désignée** (personne_confiance).
    ///
    /// - Bloc : Droits et volontés (droits).
    /// - Type : booléen.
    /// - Obligatoire.
    pub personne_confiance: Option<bool>,
    /// **Directives anticipées rédigées** (directives_anticipees).
    ///
    /// - Bloc : Droits et volontés (droits).
    /// - Type : booléen.
    /// - Obligatoire.
    pub directives_anticipees: Option<bool>,
    /// **Chutes dans l'année** (nb_chutes).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : entier, de 0 à 365.
    /// - Unité : chute.
    /// - Obligatoire.
    pub nb_chutes: Option<u16>,
    /// **Escarre** (escarres).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : booléen.
    /// - Obligatoire.
    pub escarres: Option<bool>,
    /// **Contention physique prescrite** (contention).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : booléen.
    /// - Obligatoire.
    pub contention: Option<bool>,
    /// **Dénutrition** (denutrition).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : booléen.
    /// - Obligatoire.
    pub denutrition: Option<bool>,
    /// **Traitement neuroleptique** (neuroleptiques).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : booléen.
    /// - Obligatoire.
    pub neuroleptiques: Option<bool>,
    /// **Indice de masse corporelle** (imc).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : décimal à 2 décimale(s) au plus, de 10 à 70.
    /// - Facultatif.
    pub imc: Option<sidoba::Decimal>,
    /// **Hospitalisations de l'année** (hospitalisations) : table de lignes.
    ///
    /// Une ligne par séjour hospitalier commencé dans l'année.
    ///
    /// Au plus 40 lignes.
    pub hospitalisations: Vec<LigneHospitalisations>,
}
/// Une ligne du bloc répétable « Hospitalisations de l'année » (hospitalisations).
///
/// Une ligne par séjour hospitalier commencé dans l'année.
#[derive(Clone, Default, PartialEq)]
pub struct LigneHospitalisations {
    /// **Date d'entrée à l'hôpital** (hospitalisation_debut).
    ///
    /// - Bloc : Hospitalisations de l'année (hospitalisations).
    /// - Type : date, de 2026-01-01 à 2026-12-31.
    /// - Obligatoire.
    pub hospitalisation_debut: Option<sidoba::Date>,
    /// **Durée du séjour hospitalier** (hospitalisation_duree).
    ///
    /// - Bloc : Hospitalisations de l'année (hospitalisations).
    /// - Type : entier, de 0 à 366.
    /// - Unité : jour.
    /// - Obligatoire.
    pub hospitalisation_duree: Option<u16>,
    /// **Cause de l'hospitalisation** (hospitalisation_cause).
    ///
    /// - Bloc : Hospitalisations de l'année (hospitalisations).
    /// - Type : code de la nomenclature « Cause d'hospitalisation ».
    /// - Facultatif.
    pub hospitalisation_cause: Option<CauseHospitalisation>,
}
impl Rapport {
    /// Remplit un rapport à partir de structs qui dérivent `SidobaReport`.
    pub fn builder() -> sidoba::derive::Constructeur<Rapport> {
        sidoba::derive::Constructeur::new()
    }
    /// Le payload WS05, refusé tant qu'il reste un constat bloquant
    /// (les avertissements ne bloquent pas).
    pub fn payload(&self) -> Result<String, sidoba::Constats> {
        let constats = self.valider();
        if constats.valide() {
            Ok(self.payload_sans_validation())
        } else {
            Err(constats)
        }
    }
    /// Le payload WS05 tel quel, sans le valider.
    pub fn payload_sans_validation(&self) -> String {
        __prive::ecriture::enveloppe(CAMPAGNE, MODELE, VERSION, |o| {
            __prive::table::ecrire(self, o)
        })
    }
    /// Lit un payload WS05. Les valeurs qui ne peuvent être prises
    /// (mauvais type JSON, code ou clé inconnus) sont gardées comme
    /// constats dans `rejets`, pour `valider_avec` ; seul un payload
    /// qui n'est pas du JSON ou qui est d'un autre modèle est une erreur.
    pub fn lire(payload: &str) -> Result<sidoba::Lu<Rapport>, sidoba::ErreurLecture> {
        __prive::lecture::lire(payload, CAMPAGNE, MODELE, VERSION, |f, l| {
            let racine = __prive::verif::Chemin::racine();
            __prive::table::lire_objet(f, &racine, l)
        })
    }
    /// Lit un payload WS05 en refusant toute valeur qu'il ne peut prendre.
    pub fn depuis_payload(payload: &str) -> Result<Rapport, sidoba::ErreurPayload> {
        Ok(Self::lire(payload)?.strict()?)
    }
    /// Tous les constats : contraintes des champs dans l'ordre du modèle, puis les règles.
    pub fn valider(&self) -> sidoba::Constats {
        self.valider_avec(&sidoba::Rejets::default())
    }
    /// De même, avec les constats faits à la lecture d'un payload,
    /// placés là où se trouvent leurs champs.
    pub fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
        let mut v = __prive::verif::Verificateur::new(rejets);
        __prive::table::verifier(self, &mut v);
        v.inconnus();
        __prive::table::regles(self, __sidoba::REGLES, v.sortie());
        sidoba::Constats(v.finir())
    }
    /// Lit et valide un payload, comme le fait `sidoba validate`.
    pub fn valider_payload(payload: &str) -> Result<sidoba::Constats, sidoba::ErreurLecture> {
        let lu = Self::lire(payload)?;
        Ok(lu.rapport.valider_avec(&lu.rejets))
    }
}

/// L'index des codes que lit `#[derive(SidobaReport)]` (chaque code connu donne le rang de son membre).
#[doc(hidden)]
#[macro_export]
#[rustfmt::skip]
macro_rules! __sidoba_index_6794e77d98127354 {
    ("date_entree" $($f:tt)*) => {0};
    ("date_sortie" $($f:tt)*) => {1};
    ("mode_sortie" $($f:tt)*) => {2};
    ("hebergement_temporaire" $($f:tt)*) => {3};
    ("gir" $($f:tt)*) => {4};
    ("profil_soins" $($f:tt)*) => {5};
    ("poids" $($f:tt)*) => {6};
    ("protection_juridique" $($f:tt)*) => {7};
    ("personne_confiance" $($f:tt)*) => {8};
    ("directives_anticipees" $($f:tt)*) => {9};
    ("nb_chutes" $($f:tt)*) => {10};
    ("escarres" $($f:tt)*) => {11};
    ("contention" $($f:tt)*) => {12};
    ("denutrition" $($f:tt)*) => {13};
    ("neuroleptiques" $($f:tt)*) => {14};
    ("imc" $($f:tt)*) => {15};
    (bloc "hospitalisations" $($f:tt)*) => {16};
    ("hospitalisations" "hospitalisation_debut" $($f:tt)*) => {0};
    ("hospitalisations" "hospitalisation_duree" $($f:tt)*) => {1};
    ("hospitalisations" "hospitalisation_cause" $($f:tt)*) => {2};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_6794e77d98127354 as Rapport;

/// La plomberie du module : tables des champs, clés et accès typés lus par la crate d'exécution.
#[doc(hidden)]
mod __sidoba {
    use super::*;
    // Some of them are unused in a given model.
    #[allow(unused_imports)]
    use __prive::table::{
        booleen, champ, code, date, dec, decimal, entier, lignes, regle_lignes, regle_rapport, texte, ymd,
    };
    // What the compiled rules read (not every model uses both).
    #[allow(unused_imports)]
    use __prive::{regle, table::lu};

    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    impl Rapport {
        /// Règle R01 : `None` quand elle ne s'applique pas.
        fn regle_1_r01(&self) -> Option<bool> {
            Some({
                let mut tout = true;
                tout
                    &= {
                        let si = lu(&RAPPORT[1], &self.date_sortie).is_some();
                        let alors = lu(&RAPPORT[2], &self.mode_sortie).is_some();
                        !si || alors
                    };
                tout
                    &= {
                        let si = lu(&RAPPORT[2], &self.mode_sortie).is_some();
                        let alors = lu(&RAPPORT[1], &self.date_sortie).is_some();
                        !si || alors
                    };
                tout
            })
        }
        /// Règle R02 : `None` quand elle ne s'applique pas.
        fn regle_2_r02(&self) -> Option<bool> {
            let v_nb_chutes = lu(&RAPPORT[10], &self.nb_chutes)?;
            Some((v_nb_chutes) >= (regle::Entier(0)))
        }
        /// Règle R03 : `None` quand elle ne s'applique pas.
        fn regle_3_r03(&self) -> Option<bool> {
            let v_mode_sortie = lu(&RAPPORT[2], &self.mode_sortie)?;
            Some({
                let si = (v_mode_sortie) == (ModeSortie::DecesEtab);
                let alors = lu(&RAPPORT[1], &self.date_sortie).is_some();
                !si || alors
            })
        }
        /// Règle R04 : `None` quand elle ne s'applique pas.
        fn regle_4_r04(&self) -> Option<bool> {
            let v_date_sortie = lu(&RAPPORT[1], &self.date_sortie)?;
            let v_date_entree = lu(&RAPPORT[0], &self.date_entree)?;
            Some((v_date_sortie) >= (v_date_entree))
        }
        /// Règle R05 : `None` quand elle ne s'applique pas.
        fn regle_5_r05(&self) -> Option<bool> {
            let v_imc = lu(&RAPPORT[15], &self.imc)?;
            let v_denutrition = self.denutrition?;
            Some({
                let si = (v_imc) < (regle::Entier(21));
                let alors = (v_denutrition) == (true);
                !si || alors
            })
        }
        /// Règle R06 : `None` quand elle ne s'applique pas.
        fn regle_6_r06(&self, ligne: &LigneHospitalisations) -> Option<bool> {
            let v_l_hospitalisation_debut = lu(
                &LIGNE_HOSPITALISATIONS[0],
                &ligne.hospitalisation_debut,
            )?;
            let v_date_sortie = lu(&RAPPORT[1], &self.date_sortie)?;
            Some((v_l_hospitalisation_debut) <= (v_date_sortie))
        }
        /// Règle R06 sur chaque ligne : `echec` reçoit le chemin de chaque ligne où elle échoue.
        fn lignes_regle_6_r06(&self, echec: &mut dyn FnMut(String)) {
            for (i0, p0) in self.hospitalisations.iter().enumerate() {
                let ligne = p0;
                let chemin = || format!("{}[{}]", "hospitalisations", i0);
                if self.regle_6_r06(ligne) == Some(false) {
                    echec(chemin());
                }
            }
        }
        /// Règle R07 : `None` quand elle ne s'applique pas.
        fn regle_7_r07(&self) -> Option<bool> {
            let v_profil_soins = lu(&RAPPORT[5], &self.profil_soins)?;
            let v_gir = lu(&RAPPORT[4], &self.gir)?;
            Some({
                let si = v_profil_soins.contains(ProfilSoins::T1);
                let alors = (v_gir) != (Gir::V6);
                !si || alors
            })
        }
    }

    #[rustfmt::skip]
    pub(super) static REGLES: &[__prive::table::Regle<Rapport>] = &[
        regle_rapport("R01", sidoba::Severite::Bloquante, "Un mode de sortie est attendu quand une date de sortie est renseignée, et seulement alors.", Rapport::regle_1_r01),
        regle_rapport("R02", sidoba::Severite::Bloquante, "Le nombre de chutes ne peut pas être négatif.", Rapport::regle_2_r02),
        regle_rapport("R03", sidoba::Severite::Bloquante, "Un décès dans l'établissement demande une date de sortie.", Rapport::regle_3_r03),
        regle_rapport("R04", sidoba::Severite::Bloquante, "La date de sortie ne peut pas précéder la date d'entrée.", Rapport::regle_4_r04),
        regle_rapport("R05", sidoba::Severite::Avertissement, "Un IMC inférieur à 21 sans dénutrition déclarée est à vérifier.", Rapport::regle_5_r05),
        regle_lignes("R06", sidoba::Severite::Avertissement, "Une hospitalisation commence après la sortie de l'établissement.", Rapport::lignes_regle_6_r06),
        regle_rapport("R07", sidoba::Severite::Avertissement, "Un profil de soins T1 chez un résident en GIR 6 est à vérifier.", Rapport::regle_7_r07),
    ];

    __prive::nomenclature! {
        Gir = "gir", "Groupe iso-ressources (AGGIR)", 6;
        V1 = "1", "GIR 1", true;
        V2 = "2", "GIR 2", true;
        V3 = "3", "GIR 3", true;
        V4 = "4", "GIR 4", true;
        V5 = "5", "GIR 5", true;
        V6 = "6", "GIR 6", true;
    }

    __prive::nomenclature! {
        ProfilSoins = "profil_soins", "Profil de soins (issu de PATHOS)", 10;
        T1 = "T1", "Pronostic vital en jeu, soins médicaux et techniques importants", true;
        T2 = "T2", "Rééducation fonctionnelle intensive", true;
        M1 = "M1", "Pathologie aiguë, surveillance médicale rapprochée", true;
        M2 = "M2", "Pathologie chronique, surveillance médicale régulière", true;
        P1 = "P1", "Soins psychiatriques de crise", true;
        P2 = "P2", "Troubles psychiatriques de fond", true;
        R1 = "R1", "Rééducation intensive", true;
        R2 = "R2", "Rééducation de maintien", true;
        S0 = "S0", "Soins de base, absence de profil lourd", true;
        Ch = "CH", "Soins palliatifs (ancienne valeur)", false;
    }

    __prive::nomenclature! {
        ModeSortie = "mode_sortie", "Mode de sortie", 4;
        Domicile = "DOMICILE", "Retour à domicile", true;
        Transfert = "TRANSFERT", "Transfert vers un autre établissement", true;
        DecesEtab = "DECES_ETAB", "Décès dans l'établissement", true;
        DecesHopital = "DECES_HOPITAL", "Décès à l'hôpital", true;
    }

    __prive::nomenclature! {
        ProtectionJuridique = "protection_juridique", "Mesure de protection juridique", 6;
        Aucune = "AUCUNE", "Aucune mesure", true;
        Sauvegarde = "SAUVEGARDE", "Sauvegarde de justice", true;
        Curatelle = "CURATELLE", "Curatelle", true;
        Tutelle = "TUTELLE", "Tutelle", true;
        Habilitation = "HABILITATION", "Habilitation familiale", true;
        Mandat = "MANDAT", "Mandat de protection future", true;
    }

    __prive::nomenclature! {
        CauseHospitalisation = "cause_hospitalisation", "Cause d'hospitalisation", 8;
        Chute = "CHUTE", "Chute ou traumatisme", true;
        Cardio = "CARDIO", "Pathologie cardio-vasculaire", true;
        Infect = "INFECT", "Infection", true;
        Denutr = "DENUTR", "Dénutrition ou déshydratation", true;
        Psy = "PSY", "Troubles psycho-comportementaux", true;
        Prog = "PROG", "Hospitalisation programmée", true;
        Autre = "AUTRE", "Autre cause", true;
        Inconnue = "INCONNUE", "Cause inconnue (ancienne valeur)", false;
    }

    #[rustfmt::skip]
    static RAPPORT: &[__prive::table::Membre<Rapport>] = &[
        champ("date_entree", "date_entree", "Date d'entrée dans l'établissement", true, false, date(Some(ymd(1980, 1, 1)), Some(ymd(2026, 12, 31)))),
        champ("date_sortie", "date_sortie", "Date de sortie", false, false, date(Some(ymd(2026, 1, 1)), Some(ymd(2026, 12, 31)))),
        champ("mode_sortie", "mode_sortie", "Mode de sortie", false, false, code::<ModeSortie>(false)),
        champ("hebergement_temporaire", "hebergement_temporaire", "Hébergement temporaire", true, false, booleen()),
        champ("gir", "gir", "GIR au 31/12 ou à la sortie", true, false, code::<Gir>(false)),
        champ("profil_soins", "profil_soins", "Profils de soins (PATHOS)", false, false, code::<ProfilSoins>(true)),
        champ("poids", "poids", "Poids à la dernière pesée", false, false, decimal(1, Some(dec(20, 0, 0, false, 0)), Some(dec(250, 0, 0, false, 0)))),
        champ("protection_juridique", "protection_juridique", "Mesure de protection juridique", true, false, code::<ProtectionJuridique>(false)),
        champ("personne_confiance", "personne_confiance", "Personne de confiance désignée", true, false, booleen()),
        champ("directives_anticipees", "directives_anticipees", "Directives anticipées rédigées", true, false, booleen()),
        champ("nb_chutes", "nb_chutes", "Chutes dans l'année", true, false, entier(Some(0), Some(365))),
        champ("escarres", "escarres", "Escarre", true, false, booleen()),
        champ("contention", "contention", "Contention physique prescrite", true, false, booleen()),
        champ("denutrition", "denutrition", "Dénutrition", true, false, booleen()),
        champ("neuroleptiques", "neuroleptiques", "Traitement neuroleptique", true, false, booleen()),
        champ("imc", "imc", "Indice de masse corporelle", false, false, decimal(2, Some(dec(10, 0, 0, false, 0)), Some(dec(70, 0, 0, false, 0)))),
        lignes("hospitalisations", "hospitalisations", "Hospitalisations de l'année", None, Some(40)),
    ];
    #[rustfmt::skip]
    static PLAN_RAPPORT: &[__prive::table::Pas] = {
        use __prive::table::Pas as P;
        &[
            P::Ouvrir("sejour_residence", "Séjour dans l'établissement"),
            P::Membres(4),
            P::Fermer,
            P::Ouvrir("dependance", "Dépendance et soins"),
            P::Membres(7),
            P::Fermer,
            P::Ouvrir("droits", "Droits et volontés"),
            P::Membres(10),
            P::Fermer,
            P::Ouvrir("evenements", "Événements et risques de l'année"),
            P::Membres(16),
            P::Fermer,
            P::Membres(17),
        ]
    };
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "RAMA_USAGER 2026.1";
        const BLOCS: &'static [&'static str] = &["sejour_residence", "dependance", "droits", "evenements"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<17>(Self::TRIES, &[16]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("contention", 12),
            ("date_entree", 0),
            ("date_sortie", 1),
            ("denutrition", 13),
            ("directives_anticipees", 9),
            ("escarres", 11),
            ("gir", 4),
            ("hebergement_temporaire", 3),
            ("hospitalisations", 16),
            ("imc", 15),
            ("mode_sortie", 2),
            ("nb_chutes", 10),
            ("neuroleptiques", 14),
            ("personne_confiance", 8),
            ("poids", 6),
            ("profil_soins", 5),
            ("protection_juridique", 7),
        ];
    }
    __prive::structure! {
        Rapport, RAPPORT, PLAN_RAPPORT;
        0 champ date_entree: sidoba::Date,
        1 champ date_sortie: sidoba::Date,
        2 champ mode_sortie: ModeSortie,
        3 champ hebergement_temporaire: bool,
        4 champ gir: Gir,
        5 champ profil_soins: sidoba::Codes<ProfilSoins>,
        6 champ poids: sidoba::Decimal,
        7 champ protection_juridique: ProtectionJuridique,
        8 champ personne_confiance: bool,
        9 champ directives_anticipees: bool,
        10 champ nb_chutes: u16,
        11 champ escarres: bool,
        12 champ contention: bool,
        13 champ denutrition: bool,
        14 champ neuroleptiques: bool,
        15 champ imc: sidoba::Decimal,
        16 table hospitalisations: LigneHospitalisations,
    }
    impl __prive::derive::Rapport for Rapport {
        fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
            Rapport::valider_avec(self, rejets)
        }
        fn payload_sans_validation(&self) -> String {
            Rapport::payload_sans_validation(self)
        }
    }
    impl sidoba::usager::RapportUsager for Rapport {
        const CAMPAGNE: &'static str = CAMPAGNE;
        const CODE: &'static str = MODELE;
        const VERSION: &'static str = VERSION;
    }

    #[rustfmt::skip]
    static LIGNE_HOSPITALISATIONS: &[__prive::table::Membre<LigneHospitalisations>] = &[
        champ("hospitalisation_debut", "hospitalisation_debut", "Date d'entrée à l'hôpital", true, false, date(Some(ymd(2026, 1, 1)), Some(ymd(2026, 12, 31)))),
        champ("hospitalisation_duree", "hospitalisation_duree", "Durée du séjour hospitalier", true, false, entier(Some(0), Some(366))),
        champ("hospitalisation_cause", "hospitalisation_cause", "Cause de l'hospitalisation", false, false, code::<CauseHospitalisation>(false)),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for LigneHospitalisations {
        const MODELE: &'static str = "RAMA_USAGER 2026.1";
        const BLOCS: &'static [&'static str] = &[];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<3>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("hospitalisation_cause", 2),
            ("hospitalisation_debut", 0),
            ("hospitalisation_duree", 1),
        ];
    }
    __prive::structure! {
        LigneHospitalisations, LIGNE_HOSPITALISATIONS;
        0 champ hospitalisation_debut: sidoba::Date,
        1 champ hospitalisation_duree: u16,
        2 champ hospitalisation_cause: CauseHospitalisation,
    }
}
