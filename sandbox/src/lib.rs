//! Le bac à sable local de l'API de collecte SIDOBA (WS01–WS09) décrite par
//! `api.md` : un serveur HTTP pour développer et tester un client (DUI)
//! avant l'environnement de test de la CNSA.
//!
//! Les campagnes sont les modèles d'un dossier ; les comptes et leurs
//! habilitations viennent d'un fichier JSON ; tout l'état (jetons, envois,
//! traitements, statuts des collectes) est dans un fichier SQLite, si bien
//! qu'un serveur tué à tout moment et relancé n'a rien perdu de ce qu'il a
//! acquitté et termine sa file. Les traitements sont validés de façon
//! asynchrone, dans l'ordre d'arrivée, par les validateurs de
//! `sidoba validate`. Le même serveur sert, en HTML, l'écran de
//! vérification (`GET /`) : les données reçues mises en page comme le
//! formulaire, leurs constats, et la transmission (WS08).
//!
//! ```no_run
//! # async fn f() -> Result<(), sidoba_sandbox::Erreur> {
//! let config = sidoba_sandbox::Config::new("models", "bac.sqlite", "comptes.json");
//! let serveur = sidoba_sandbox::Serveur::demarrer(config).await?;
//! println!("{}", serveur.adresse());
//! serveur.attendre(std::future::pending()).await
//! # }
//! ```

mod auth;
mod campagnes;
mod chaos;
pub mod contrat;
mod ecran;
mod ecrivain;
mod limites;
mod routes;
mod service;
mod store;
mod worker;

use axum::Router;
use axum::routing::{MethodRouter, get, post, put};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use jiff::civil::Date;
pub use worker::constats_usagers;

/// Lit une date `AAAA-MM-JJ` (l'option `--today`).
pub fn lire_date(texte: &str) -> Result<Date, Erreur> {
    let ok = texte.len() == 10 && texte.as_bytes()[4] == b'-' && texte.as_bytes()[7] == b'-';
    texte
        .parse::<Date>()
        .ok()
        .filter(|_| ok)
        .ok_or_else(|| Erreur(format!("date invalide, attendu AAAA-MM-JJ : {texte}")))
}

/// Une erreur de démarrage ou de fonctionnement, en français.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erreur(pub String);

impl std::fmt::Display for Erreur {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Erreur {}

/// Les réglages du serveur (les options de `sidoba sandbox`).
#[derive(Debug, Clone)]
pub struct Config {
    /// Le dossier des modèles : une campagne par fichier `*.json`.
    pub modeles: PathBuf,
    /// Le fichier SQLite de l'état (créé en 0600).
    pub donnees: PathBuf,
    /// Le fichier des comptes.
    pub comptes: PathBuf,
    /// L'adresse d'écoute (`127.0.0.1:0` : un port libre).
    pub ecoute: SocketAddr,
    /// La date du serveur ; à défaut, aujourd'hui à Paris.
    pub aujourdhui: Option<jiff::civil::Date>,
    /// La durée de vie des jetons, en secondes.
    pub duree_jeton: u64,
    /// Au plus N requêtes par seconde et par compte.
    pub debit: Option<u32>,
    /// La part des requêtes en panne simulée (0 à 1).
    pub chaos: f64,
    /// Le délai au-delà duquel une requête reçoit un 503.
    pub delai: Duration,
    /// Le délai pour recevoir les en-têtes d'une requête : au-delà, la
    /// connexion est fermée (un client qui n'en finit pas ne la garde pas).
    pub delai_entetes: Duration,
    /// Au plus ce nombre de connexions ouvertes à la fois ; les suivantes
    /// attendent dans la file du système, sans descripteur du serveur.
    pub connexions_max: usize,
    /// Au plus ce nombre d'envois validés (écrits sur disque) par une même
    /// transaction SQLite ; 1 : une transaction par envoi (la mesure
    /// « avant » du banc).
    #[doc(hidden)]
    pub lot_max: usize,
}

impl Config {
    pub fn new(
        modeles: impl Into<PathBuf>,
        donnees: impl Into<PathBuf>,
        comptes: impl Into<PathBuf>,
    ) -> Config {
        Config {
            modeles: modeles.into(),
            donnees: donnees.into(),
            comptes: comptes.into(),
            ecoute: SocketAddr::from(([127, 0, 0, 1], 8080)),
            aujourdhui: None,
            duree_jeton: 15 * 60,
            debit: None,
            chaos: 0.0,
            delai: Duration::from_secs(30),
            delai_entetes: Duration::from_secs(10),
            connexions_max: 512,
            lot_max: 512,
        }
    }
}

/// What every handler reads.
struct Appli {
    campagnes: Arc<campagnes::Campagnes>,
    comptes: auth::Comptes,
    jetons: auth::Jetons,
    store: store::Store,
    ecrivain: ecrivain::Ecrivain,
    file: Arc<worker::File>,
    aujourdhui: Option<jiff::civil::Date>,
    debit: Option<limites::Debit>,
    chaos: Option<chaos::Chaos>,
    tentatives: limites::Tentatives,
    attentes: ecran::session::Attentes,
}

impl Appli {
    fn aujourdhui(&self) -> jiff::civil::Date {
        self.aujourdhui.unwrap_or_else(aujourdhui_a_paris)
    }
}

/// Today's date in Europe/Paris (the tz database is built in).
pub fn aujourdhui_a_paris() -> jiff::civil::Date {
    match jiff::tz::TimeZone::get("Europe/Paris") {
        Ok(tz) => jiff::Timestamp::now().to_zoned(tz).date(),
        Err(_) => jiff::Zoned::now().date(),
    }
}

/// Now, RFC 3339 in UTC, to the millisecond. With `--today` (`jour`),
/// that day at Paris's current time of day: WS06, the screen and the
/// campaign calendar then agree on the date.
fn horodatage(jour: Option<jiff::civil::Date>) -> String {
    let t = jiff::Timestamp::now();
    let decale = jour.and_then(|j| {
        let tz = jiff::tz::TimeZone::get("Europe/Paris").ok()?;
        let heure = t.to_zoned(tz.clone()).time();
        j.to_datetime(heure).to_zoned(tz).ok()
    });
    match decale {
        Some(z) => format!("{:.3}", z.timestamp()),
        None => format!("{t:.3}"),
    }
}

/// How long a stop waits for in-flight requests.
const GRACE: Duration = Duration::from_secs(5);

/// Un serveur démarré : il écoute, et son travailleur valide la file.
pub struct Serveur {
    adresse: SocketAddr,
    ecouteur: tokio::net::TcpListener,
    routeur: Router,
    /// Stops the worker (a blocking thread) however the server ends,
    /// dropped unpolled included: the runtime's shutdown waits for it.
    arret_travailleur: worker::ArretAuDrop,
    travailleur: tokio::task::JoinHandle<()>,
    delai_entetes: Duration,
    connexions_max: usize,
}

impl Serveur {
    /// Charge modèles et comptes, ouvre les données, reprend la file
    /// laissée par un arrêt, et ouvre l'écoute.
    pub async fn demarrer(config: Config) -> Result<Serveur, Erreur> {
        if !(0.0..=1.0).contains(&config.chaos) {
            return Err(Erreur("--chaos attend un taux entre 0 et 1".into()));
        }
        let campagnes = Arc::new(campagnes::Campagnes::charger(&config.modeles)?);
        let comptes = auth::Comptes::charger(&config.comptes)?;
        let (donnees, lot_max) = (config.donnees.clone(), config.lot_max);
        // Three connections: the routes', the worker's (its writes, which
        // may wait for the writer's lock, never hold up the routes' reads),
        // and the group-commit writer's.
        let (store, store_travailleur, ecrivain) = tokio::task::spawn_blocking(move || {
            let store = store::Store::ouvrir(&donnees)?;
            let travailleur = store::Store::ouvrir(&donnees)?;
            let ecrivain = ecrivain::Ecrivain::demarrer(&donnees, lot_max)?;
            Ok::<_, Erreur>((store, travailleur, ecrivain))
        })
        .await
        .map_err(|_| Erreur("ouverture des données interrompue".into()))??;
        let jetons = auth::Jetons::charger(store.clone(), config.duree_jeton)?;
        let file = Arc::new(worker::File::du_jour(config.aujourdhui));
        let appli = Arc::new(Appli {
            campagnes: campagnes.clone(),
            comptes,
            jetons,
            store,
            ecrivain,
            file: file.clone(),
            aujourdhui: config.aujourdhui,
            debit: config.debit.map(limites::Debit::new),
            chaos: (config.chaos > 0.0).then(|| chaos::Chaos::new(config.chaos)),
            tentatives: Default::default(),
            attentes: Default::default(),
        });
        let ecouteur = tokio::net::TcpListener::bind(config.ecoute)
            .await
            .map_err(|e| {
                Erreur(format!(
                    "impossible d'écouter sur {} : {}",
                    config.ecoute,
                    sidoba_core::fichier::raison(&e)
                ))
            })?;
        let adresse = ecouteur
            .local_addr()
            .map_err(|e| Erreur(format!("adresse d'écoute inconnue : {e}")))?;
        let f2 = file.clone();
        let travailleur =
            tokio::task::spawn_blocking(move || worker::executer(store_travailleur, campagnes, f2));
        Ok(Serveur {
            adresse,
            ecouteur,
            routeur: routeur(appli, config.delai),
            arret_travailleur: worker::ArretAuDrop(file),
            travailleur,
            delai_entetes: config.delai_entetes,
            connexions_max: config.connexions_max,
        })
    }

    /// L'adresse effectivement écoutée.
    pub fn adresse(&self) -> SocketAddr {
        self.adresse
    }

    /// Sert jusqu'à `arret`, puis termine les requêtes en cours ; le
    /// traitement en cours s'achève, le reste de la file attend le
    /// prochain démarrage.
    pub async fn attendre(
        self,
        arret: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), Erreur> {
        let arret_travailleur = self.arret_travailleur;
        // In-flight requests get a grace period; a connection stuck past it
        // (a client that never reads) does not hold the stop forever.
        let (signale, signal) = tokio::sync::oneshot::channel::<()>();
        let arret = async move {
            arret.await;
            let _ = signale.send(());
        };
        let service = service::servir(
            self.ecouteur,
            self.routeur,
            self.delai_entetes,
            self.connexions_max,
            arret,
        );
        let r = tokio::select! {
            () = service => Ok(()),
            () = async {
                if signal.await.is_err() {
                    std::future::pending::<()>().await;
                }
                tokio::time::sleep(GRACE).await;
            } => Ok(()),
        };
        drop(arret_travailleur);
        let _ = self.travailleur.await;
        r
    }
}

type Routes = Vec<(&'static str, &'static str, MethodRouter<Arc<Appli>>)>;

/// Every route of api.md: (method, path, handler). The router and the
/// OpenAPI test both read this one table. The first two need no token.
fn table() -> (Routes, Routes) {
    use contrat as c;
    let libres = vec![
        ("post", c::JETON, post(routes::jeton)),
        ("get", c::OPENAPI, get(routes::openapi)),
    ];
    let proteges = vec![
        ("get", c::CAMPAGNES, get(routes::campagnes)),
        ("get", c::MODELE, get(routes::modele)),
        ("post", c::VALIDATION, post(routes::validation)),
        ("post", c::ECARTS, post(routes::ecarts)),
        ("post", c::DONNEES, post(routes::donnees)),
        ("post", c::USAGERS_CDA, post(routes::usagers_cda)),
        ("post", c::USAGERS_FHIR, post(routes::usagers_fhir)),
        ("get", c::TRAITEMENT, get(routes::traitement)),
        ("get", c::COLLECTION, get(routes::collection)),
        ("put", c::STATUT, put(routes::statut)),
    ];
    (libres, proteges)
}

/// Every route, and its layers (the first listed is the outermost).
fn routeur(appli: Arc<Appli>, delai: Duration) -> Router {
    use axum::middleware::from_fn_with_state as etat;
    use tower::ServiceBuilder;
    let (libres, proteges) = table();
    let proteges = proteges
        .into_iter()
        .fold(Router::new(), |r, (_, chemin, m)| r.route(chemin, m))
        .route_layer(
            ServiceBuilder::new()
                .layer(etat(appli.clone(), limites::jeton))
                .layer(etat(appli.clone(), limites::debit))
                .layer(tower_http::limit::RequestBodyLimitLayer::new(
                    contrat::TAILLE_MAX,
                )),
        );
    libres
        .into_iter()
        .fold(Router::new(), |r, (_, chemin, m)| r.route(chemin, m))
        .merge(proteges)
        .merge(ecran::routes())
        .fallback(routes::inconnue)
        .method_not_allowed_fallback(routes::methode_non_permise)
        .layer(
            ServiceBuilder::new()
                .layer(axum::middleware::from_fn(limites::journal))
                .layer(etat(appli.clone(), chaos::chaos))
                .layer(axum::middleware::from_fn(limites::problemes))
                .layer(tower_http::timeout::TimeoutLayer::with_status_code(
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    delai,
                )),
        )
        .with_state(appli)
}

/// Les couples (méthode, chemin) que le serveur sert, triés (pour les
/// tests qui les comparent à `docs/openapi.json`).
#[doc(hidden)]
pub fn routes_declarees() -> Vec<(&'static str, &'static str)> {
    let (libres, proteges) = table();
    let mut v: Vec<_> = libres
        .into_iter()
        .chain(proteges)
        .map(|(m, p, _)| (m, p))
        .collect();
    v.sort();
    v
}

/// Le document OpenAPI 3.1 servi par `GET /v1/openapi.json`.
pub const OPENAPI: &str = routes::OPENAPI;
