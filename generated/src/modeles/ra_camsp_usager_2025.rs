// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : RA CAMSP 2025 : données par enfant : modèle RA_CAMSP_USAGER version 2025.1 (campagne RA-CAMSP-USAGER-2025).
// SHA-256 du fichier du modèle : 2476c66e7ff0bc13d481c5f7144f420e36dc47ba22e3c9205aaf66257bf72fc5
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RA-CAMSP-USAGER-2025";
/// Code du modèle.
pub const MODELE: &str = "RA_CAMSP_USAGER";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "2476c66e7ff0bc13d481c5f7144f420e36dc47ba22e3c9205aaf66257bf72fc5";
/// Tranche d'âge au premier contact (nomenclature tranche_age).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum TrancheAge {
    /// M0_6 : Moins de 6 mois
    M06,
    /// M6_12 : 6 mois à moins de 1 an
    M612,
    /// A1_2 : 1 an à moins de 2 ans
    A12,
    /// A2_3 : 2 ans à moins de 3 ans
    A23,
    /// A3_4 : 3 ans à moins de 4 ans
    A34,
    /// A4_6 : 4 ans à moins de 6 ans
    A46,
    /// A6 : 6 ans et plus
    A6,
}
/// Sexe (nomenclature sexe).
///
/// Référence : https\://mos.esante.gouv.fr/NOS/TRE_R303-HL7v3AdministrativeGender/FHIR/TRE-R303-HL7v3AdministrativeGender.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum Sexe {
    /// F : Féminin
    F,
    /// M : Masculin
    M,
}
/// Origine de l'orientation (nomenclature origine_orientation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum OrigineOrientation {
    /// ACCES_DIRECT : Accès direct (famille)
    AccesDirect,
    /// EDUC_NAT : Éducation nationale
    EducNat,
    /// PMI : Protection maternelle et infantile
    Pmi,
    /// SERV_SOCIAUX : Services sociaux
    ServSociaux,
    /// PETITE_ENFANCE : Structures de la petite enfance
    PetiteEnfance,
    /// MATERNITE : Maternité, néonatalogie
    Maternite,
    /// HOPITAL : Hôpital
    Hopital,
    /// CMP : CMP, pédopsychiatrie
    Cmp,
    /// LIBERAUX : Professionnels libéraux
    Liberaux,
    /// AUTRE_CAMSP : Autre CAMSP
    AutreCamsp,
    /// AUTRE : Autre origine
    Autre,
}
/// Mode de prise en charge (nomenclature mode_prise_en_charge).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ModePriseEnCharge {
    /// BILAN : En bilan
    Bilan,
    /// THERAPIE : En soins, rééducation ou accompagnement
    Therapie,
    /// PONCTUEL : Contact ponctuel
    Ponctuel,
}
/// Nature de la fin de prise en charge (nomenclature fin_prise_en_charge).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum FinPriseEnCharge {
    /// CONCERTEE : Fin concertée
    Concertee,
    /// SANS_CONCERTATION : Fin sans concertation
    SansConcertation,
    /// DECES : Décès
    Deces,
}
/// Orientation après la sortie (nomenclature orientation_sortie).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum OrientationSortie {
    /// AUCUNE : Sans orientation
    Aucune,
    /// SCOLARITE : Scolarité sans accompagnement
    Scolarite,
    /// SESSAD : SESSAD
    Sessad,
    /// IME : Institut médico-éducatif
    Ime,
    /// CMPP : CMPP
    Cmpp,
    /// CMP : CMP, pédopsychiatrie
    Cmp,
    /// LIBERAL : Suivi libéral
    Liberal,
    /// AUTRE_ESMS : Autre établissement ou service médico-social
    AutreEsms,
    /// SANS_OBJET : Sans objet (décès)
    SansObjet,
    /// INCONNUE : Orientation inconnue
    Inconnue,
}
/// Rapport « RA CAMSP 2025 : données par enfant » (campagne RA-CAMSP-USAGER-2025).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Premier contact et admission (admission)
/// - Suivi dans l'année (suivi)
/// - Fin de prise en charge (sortie)
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Tranche d'âge au premier contact** (tranche_age_premier_contact).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : code de la nomenclature « Tranche d'âge au premier contact ».
    /// - Obligatoire.
    pub tranche_age_premier_contact: Option<TrancheAge>,
    /// **Sexe de l'enfant** (sexe_enfant).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : code de la nomenclature « Sexe ».
    /// - Obligatoire.
    pub sexe_enfant: Option<Sexe>,
    /// **Origine de l'orientation** (origine_orientation).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : code de la nomenclature « Origine de l'orientation ».
    /// - Obligatoire.
    pub origine_orientation: Option<OrigineOrientation>,
    /// **Date du premier contact** (date_premier_contact).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : date, de 2015-01-01 à 2025-12-31.
    /// - Obligatoire.
    pub date_premier_contact: Option<sidoba::Date>,
    /// **Délai entre la demande et le premier rendez-vous** (delai_attente).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : entier, de 0 à 730.
    /// - Unité : jour.
    /// - Facultatif.
    pub delai_attente: Option<u16>,
    /// **Mode de prise en charge au 31/12 ou à la sortie** (mode_prise_en_charge).
    ///
    /// - Bloc : Suivi dans l'année (suivi).
    /// - Type : code de la nomenclature « Mode de prise en charge ».
    /// - Obligatoire.
    pub mode_prise_en_charge: Option<ModePriseEnCharge>,
    /// **Séances réalisées dans l'année** (nb_seances).
    ///
    /// - Bloc : Suivi dans l'année (suivi).
    /// - Type : entier, de 0 à 500.
    /// - Unité : séance.
    /// - Obligatoire.
    pub nb_seances: Option<u16>,
    /// **Séances annulées ou non honorées** (nb_seances_annulees).
    ///
    /// - Bloc : Suivi dans l'année (suivi).
    /// - Type : entier, de 0 à 500.
    /// - Unité : séance.
    /// - Facultatif.
    pub nb_seances_annulees: Option<u16>,
    /// **Heures d'intervention directe** (heures_intervention).
    ///
    /// - Bloc : Suivi dans l'année (suivi).
    /// - Type : décimal à 2 décimale(s) au plus, de 0 à 1000.
    /// - Unité : heure.
    /// - Facultatif.
    pub heures_intervention: Option<sidoba::Decimal>,
    /// **Date de fin de prise en charge** (date_fin).
    ///
    /// - Bloc : Fin de prise en charge (sortie).
    /// - Type : date, de 2025-01-01 à 2025-12-31.
    /// - Facultatif.
    pub date_fin: Option<sidoba::Date>,
    /// **Nature de la fin de prise en charge** (fin_prise_en_charge).
    ///
    /// - Bloc : Fin de prise en charge (sortie).
    /// - Type : code de la nomenclature « Nature de la fin de prise en charge ».
    /// - Facultatif.
    pub fin_prise_en_charge: Option<FinPriseEnCharge>,
    /// **Orientation après la sortie** (orientation_sortie).
    ///
    /// - Bloc : Fin de prise en charge (sortie).
    /// - Type : code de la nomenclature « Orientation après la sortie ».
    /// - Facultatif.
    pub orientation_sortie: Option<OrientationSortie>,
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
macro_rules! __sidoba_index_2476c66e7ff0bc13 {
    ("tranche_age_premier_contact" $($f:tt)*) => {0};
    ("sexe_enfant" $($f:tt)*) => {1};
    ("origine_orientation" $($f:tt)*) => {2};
    ("date_premier_contact" $($f:tt)*) => {3};
    ("delai_attente" $($f:tt)*) => {4};
    ("mode_prise_en_charge" $($f:tt)*) => {5};
    ("nb_seances" $($f:tt)*) => {6};
    ("nb_seances_annulees" $($f:tt)*) => {7};
    ("heures_intervention" $($f:tt)*) => {8};
    ("date_fin" $($f:tt)*) => {9};
    ("fin_prise_en_charge" $($f:tt)*) => {10};
    ("orientation_sortie" $($f:tt)*) => {11};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_2476c66e7ff0bc13 as Rapport;

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
                let si = lu(&RAPPORT[10], &self.fin_prise_en_charge).is_some();
                let alors = lu(&RAPPORT[11], &self.orientation_sortie).is_some();
                !si || alors
            })
        }
        /// Règle R02 : `None` quand elle ne s'applique pas.
        fn regle_2_r02(&self) -> Option<bool> {
            let v_nb_seances = lu(&RAPPORT[6], &self.nb_seances)?;
            Some((v_nb_seances) >= (regle::Entier(0)))
        }
        /// Règle R03 : `None` quand elle ne s'applique pas.
        fn regle_3_r03(&self) -> Option<bool> {
            let v_date_fin = lu(&RAPPORT[9], &self.date_fin)?;
            let v_date_premier_contact = lu(&RAPPORT[3], &self.date_premier_contact)?;
            Some((v_date_fin) >= (v_date_premier_contact))
        }
        /// Règle R04 : `None` quand elle ne s'applique pas.
        fn regle_4_r04(&self) -> Option<bool> {
            Some({
                let mut tout = true;
                tout
                    &= {
                        let si = lu(&RAPPORT[10], &self.fin_prise_en_charge).is_some();
                        let alors = lu(&RAPPORT[9], &self.date_fin).is_some();
                        !si || alors
                    };
                tout
                    &= {
                        let si = lu(&RAPPORT[9], &self.date_fin).is_some();
                        let alors = lu(&RAPPORT[10], &self.fin_prise_en_charge).is_some();
                        !si || alors
                    };
                tout
            })
        }
        /// Règle R05 : `None` quand elle ne s'applique pas.
        fn regle_5_r05(&self) -> Option<bool> {
            let v_nb_seances_annulees = lu(&RAPPORT[7], &self.nb_seances_annulees)?;
            let v_nb_seances = lu(&RAPPORT[6], &self.nb_seances)?;
            Some(
                (regle::Nombre::from(v_nb_seances_annulees))
                    <= ({
                        let mut a = regle::Nombre::from(v_nb_seances);
                        a = regle::plus(a, regle::Entier(10));
                        a
                    }),
            )
        }
        /// Règle R06 : `None` quand elle ne s'applique pas.
        fn regle_6_r06(&self) -> Option<bool> {
            let v_nb_seances = lu(&RAPPORT[6], &self.nb_seances)?;
            let v_heures_intervention = lu(&RAPPORT[8], &self.heures_intervention)?;
            Some({
                let si = (v_nb_seances) > (regle::Entier(0));
                let alors = ({
                    let mut a = regle::Nombre::from(v_heures_intervention);
                    a = regle::divise(a, v_nb_seances)?;
                    a
                }) <= (regle::Nombre::from(regle::Entier(4)));
                !si || alors
            })
        }
        /// Règle R07 : `None` quand elle ne s'applique pas.
        fn regle_7_r07(&self) -> Option<bool> {
            let v_mode_prise_en_charge = lu(&RAPPORT[5], &self.mode_prise_en_charge)?;
            let v_nb_seances = lu(&RAPPORT[6], &self.nb_seances)?;
            Some(
                !({
                    let mut tout = true;
                    tout &= (v_mode_prise_en_charge) == (ModePriseEnCharge::Ponctuel);
                    tout &= (v_nb_seances) > (regle::Entier(10));
                    tout
                }),
            )
        }
    }

    #[rustfmt::skip]
    pub(super) static REGLES: &[__prive::table::Regle<Rapport>] = &[
        regle_rapport("R01", sidoba::Severite::Bloquante, "Une orientation après la sortie est attendue quand la fin de prise en charge est renseignée.", Rapport::regle_1_r01),
        regle_rapport("R02", sidoba::Severite::Bloquante, "Le nombre de séances ne peut pas être négatif.", Rapport::regle_2_r02),
        regle_rapport("R03", sidoba::Severite::Bloquante, "La date de fin ne peut pas précéder le premier contact.", Rapport::regle_3_r03),
        regle_rapport("R04", sidoba::Severite::Bloquante, "La nature de la fin de prise en charge demande une date de fin.", Rapport::regle_4_r04),
        regle_rapport("R05", sidoba::Severite::Avertissement, "Les séances annulées dépassent les séances réalisées.", Rapport::regle_5_r05),
        regle_rapport("R06", sidoba::Severite::Avertissement, "Plus de 4 heures d'intervention par séance en moyenne.", Rapport::regle_6_r06),
        regle_rapport("R07", sidoba::Severite::Avertissement, "Un contact ponctuel avec plus de 10 séances est à vérifier.", Rapport::regle_7_r07),
    ];

    __prive::nomenclature! {
        TrancheAge = "tranche_age", "Tranche d'âge au premier contact", 7;
        M06 = "M0_6", "Moins de 6 mois", true;
        M612 = "M6_12", "6 mois à moins de 1 an", true;
        A12 = "A1_2", "1 an à moins de 2 ans", true;
        A23 = "A2_3", "2 ans à moins de 3 ans", true;
        A34 = "A3_4", "3 ans à moins de 4 ans", true;
        A46 = "A4_6", "4 ans à moins de 6 ans", true;
        A6 = "A6", "6 ans et plus", true;
    }

    __prive::nomenclature! {
        Sexe = "sexe", "Sexe", 2, "https://mos.esante.gouv.fr/NOS/TRE_R303-HL7v3AdministrativeGender/FHIR/TRE-R303-HL7v3AdministrativeGender";
        F = "F", "Féminin", true;
        M = "M", "Masculin", true;
    }

    __prive::nomenclature! {
        OrigineOrientation = "origine_orientation", "Origine de l'orientation", 11;
        AccesDirect = "ACCES_DIRECT", "Accès direct (famille)", true;
        EducNat = "EDUC_NAT", "Éducation nationale", true;
        Pmi = "PMI", "Protection maternelle et infantile", true;
        ServSociaux = "SERV_SOCIAUX", "Services sociaux", true;
        PetiteEnfance = "PETITE_ENFANCE", "Structures de la petite enfance", true;
        Maternite = "MATERNITE", "Maternité, néonatalogie", true;
        Hopital = "HOPITAL", "Hôpital", true;
        Cmp = "CMP", "CMP, pédopsychiatrie", true;
        Liberaux = "LIBERAUX", "Professionnels libéraux", true;
        AutreCamsp = "AUTRE_CAMSP", "Autre CAMSP", true;
        Autre = "AUTRE", "Autre origine", true;
    }

    __prive::nomenclature! {
        ModePriseEnCharge = "mode_prise_en_charge", "Mode de prise en charge", 3;
        Bilan = "BILAN", "En bilan", true;
        Therapie = "THERAPIE", "En soins, rééducation ou accompagnement", true;
        Ponctuel = "PONCTUEL", "Contact ponctuel", true;
    }

    __prive::nomenclature! {
        FinPriseEnCharge = "fin_prise_en_charge", "Nature de la fin de prise en charge", 3;
        Concertee = "CONCERTEE", "Fin concertée", true;
        SansConcertation = "SANS_CONCERTATION", "Fin sans concertation", true;
        Deces = "DECES", "Décès", true;
    }

    __prive::nomenclature! {
        OrientationSortie = "orientation_sortie", "Orientation après la sortie", 10;
        Aucune = "AUCUNE", "Sans orientation", true;
        Scolarite = "SCOLARITE", "Scolarité sans accompagnement", true;
        Sessad = "SESSAD", "SESSAD", true;
        Ime = "IME", "Institut médico-éducatif", true;
        Cmpp = "CMPP", "CMPP", true;
        Cmp = "CMP", "CMP, pédopsychiatrie", true;
        Liberal = "LIBERAL", "Suivi libéral", true;
        AutreEsms = "AUTRE_ESMS", "Autre établissement ou service médico-social", true;
        SansObjet = "SANS_OBJET", "Sans objet (décès)", true;
        Inconnue = "INCONNUE", "Orientation inconnue", true;
    }

    #[rustfmt::skip]
    static RAPPORT: &[__prive::table::Membre<Rapport>] = &[
        champ("tranche_age_premier_contact", "tranche_age_premier_contact", "Tranche d'âge au premier contact", true, false, code::<TrancheAge>(false)),
        champ("sexe_enfant", "sexe_enfant", "Sexe de l'enfant", true, false, code::<Sexe>(false)),
        champ("origine_orientation", "origine_orientation", "Origine de l'orientation", true, false, code::<OrigineOrientation>(false)),
        champ("date_premier_contact", "date_premier_contact", "Date du premier contact", true, false, date(Some(ymd(2015, 1, 1)), Some(ymd(2025, 12, 31)))),
        champ("delai_attente", "delai_attente", "Délai entre la demande et le premier rendez-vous", false, false, entier(Some(0), Some(730))),
        champ("mode_prise_en_charge", "mode_prise_en_charge", "Mode de prise en charge au 31/12 ou à la sortie", true, false, code::<ModePriseEnCharge>(false)),
        champ("nb_seances", "nb_seances", "Séances réalisées dans l'année", true, false, entier(Some(0), Some(500))),
        champ("nb_seances_annulees", "nb_seances_annulees", "Séances annulées ou non honorées", false, false, entier(Some(0), Some(500))),
        champ("heures_intervention", "heures_intervention", "Heures d'intervention directe", false, false, decimal(2, Some(dec(0, 0, 0, false, 0)), Some(dec(1000, 0, 0, false, 0)))),
        champ("date_fin", "date_fin", "Date de fin de prise en charge", false, false, date(Some(ymd(2025, 1, 1)), Some(ymd(2025, 12, 31)))),
        champ("fin_prise_en_charge", "fin_prise_en_charge", "Nature de la fin de prise en charge", false, false, code::<FinPriseEnCharge>(false)),
        champ("orientation_sortie", "orientation_sortie", "Orientation après la sortie", false, false, code::<OrientationSortie>(false)),
    ];
    #[rustfmt::skip]
    static PLAN_RAPPORT: &[__prive::table::Pas] = {
        use __prive::table::Pas as P;
        &[
            P::Ouvrir("admission", "Premier contact et admission"),
            P::Membres(5),
            P::Fermer,
            P::Ouvrir("suivi", "Suivi dans l'année"),
            P::Membres(9),
            P::Fermer,
            P::Ouvrir("sortie", "Fin de prise en charge"),
            P::Membres(12),
            P::Fermer,
        ]
    };
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "RA_CAMSP_USAGER 2025.1";
        const BLOCS: &'static [&'static str] = &["admission", "suivi", "sortie"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<12>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("date_fin", 9),
            ("date_premier_contact", 3),
            ("delai_attente", 4),
            ("fin_prise_en_charge", 10),
            ("heures_intervention", 8),
            ("mode_prise_en_charge", 5),
            ("nb_seances", 6),
            ("nb_seances_annulees", 7),
            ("orientation_sortie", 11),
            ("origine_orientation", 2),
            ("sexe_enfant", 1),
            ("tranche_age_premier_contact", 0),
        ];
    }
    __prive::structure! {
        Rapport, RAPPORT, PLAN_RAPPORT;
        0 champ tranche_age_premier_contact: TrancheAge,
        1 champ sexe_enfant: Sexe,
        2 champ origine_orientation: OrigineOrientation,
        3 champ date_premier_contact: sidoba::Date,
        4 champ delai_attente: u16,
        5 champ mode_prise_en_charge: ModePriseEnCharge,
        6 champ nb_seances: u16,
        7 champ nb_seances_annulees: u16,
        8 champ heures_intervention: sidoba::Decimal,
        9 champ date_fin: sidoba::Date,
        10 champ fin_prise_en_charge: FinPriseEnCharge,
        11 champ orientation_sortie: OrientationSortie,
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
}
