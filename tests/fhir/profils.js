// The constraints of the seven TDDUI 2.3.0 profiles copied in tests/tddui/
// (element cardinalities, fixed and pattern values, required bindings to
// the value sets we hold, the identifier "formats à respecter", and every
// invariant, verbatim from the StructureDefinitions), each as a FHIRPath
// expression run by the reference engine (npm fhirpath, R4 model), plus
// reference targets resolved inside the Bundle.
//
// Usage:
//   node profils.js verifier   < [{"nom": ..., "ressource": {...}}, ...]
//     → [{"nom": ..., "echecs": [{"regle", "profil", "ou"}]}]
//   node profils.js autotest
//     → [{"regle", "profil", "applicable", "passe", "casse"}]: each rule
//       on the guide's example (its Bundle completed with the standalone
//       examples), then on a copy broken for that rule alone.
//   node profils.js regles → [{"regle", "profil", "element", "quoi"}]
// A rule passes only when its expression yields exactly [true] (an empty
// result fails, as in the HL7 validator).
'use strict';
const fs = require('fs');
const path = require('path');
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

const TDDUI = path.join(__dirname, '..', 'tddui');
const lire = (f) => JSON.parse(fs.readFileSync(path.join(TDDUI, f), 'utf8'));
const SD = 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/';
const CISIS = 'https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis';
const SERAFIN = 'https://smt.esante.gouv.fr/terminologie-SERAFINPH';
const DAR = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';
const CS_SEJ = 'https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-encounter-identifier';
const V2_0203 = 'http://terminology.hl7.org/CodeSystem/v2-0203';
const SYS = {
  local: 'https://identifiant-medicosocial-localusager.esante.gouv.fr',
  sejour: 'https://identifiant-medicosocial-sejour.esante.gouv.fr',
  evenement: 'https://identifiant-medicosocial-evenement.esante.gouv.fr',
  evaluation: 'https://identifiant-medicosocial-evaluation.esante.gouv.fr',
  idnst: 'urn:oid:1.2.250.1.71.4.2.2',
};
// "3" + FINESS (two characters of department, 2A/2B included, seven digits) + "/".
const PREFIXE = '^3[0-9][0-9AB][0-9]{7}/';

// Value sets as "system|code" (or "system|*" where the value set takes a
// whole code system we do not hold: then only the system is checked).
const codes = (f) => {
  const r = lire(f);
  if (r.resourceType === 'CodeSystem') return r.concept.map((c) => `${r.url}|${c.code}`);
  return r.compose.include.flatMap((i) => (i.concept || []).map((c) => `${i.system}|${c.code}`));
};
const VS = {
  // tddui-patient-identifier: tddui-identifier + identifier-type (v2-0203 codes) + all v2-0203 + all FR Core v2-0203.
  patientId: [...codes('terminology/CodeSystem-tddui-identifier.json'), `${V2_0203}|*`,
    ...codes('jdv/CodeSystem-fr-core-cs-v2-0203.json')],
  // tddui-encounter-identifier: its code system + HL7 identifier-type (v2-0203 codes).
  sejourId: [...codes('terminology/CodeSystem-tddui-encounter-identifier.json'), `${V2_0203}|*`],
  ssiad: codes('jdv/ValueSet-jdv-type-evenement-ssiad-cisis.json'),
  serafin: [...codes('jdv/ValueSet-JDV-J283-PrestationsIndirects-SERAFIN.json'),
    ...codes('jdv/ValueSet-JDV-J284-PrestationsDirects-SERAFIN.json')],
  fiabilite: codes('jdv/CodeSystem-fr-core-cs-v2-0445.json'),
  genreIns: codes('fr-core/ValueSet-fr-core-vs-patient-gender-INS.json').map((c) => c.split('|')[1]),
  // The slices of tddui-bundle: the profiles its entries may declare.
  tranches: lire('profiles/StructureDefinition-tddui-bundle.json').differential.element
    .filter((e) => e.path === 'Bundle.entry.resource').map((e) => e.type[0].profile[0]),
};
// tddui-encounter-type: FR Core's encounter types (not held: none accepted),
// tddui-serafin, the SSIAD event types, all of data-absent-reason.
VS.evenementType = [...VS.serafin, ...VS.ssiad, `${DAR}|*`];
const dans = (vs) => `((system + '|' + code) in %${vs} or (system + '|*') in %${vs})`;

const invariant = (profil, cle) => lire(`profiles/StructureDefinition-${profil}.json`)
  .differential.element.flatMap((e) => e.constraint || []).find((c) => c.key === cle).expression;

const PATIENTS = ['tddui-patient', 'tddui-patient-ins'];
const sans = (o, ...cles) => { for (const c of cles) delete o[c]; };
const premier = (liste, f) => liste.find(f);
const idSej = (r, code) => premier(r.identifier, (i) => i.type && i.type.coding.some((c) => c.system === CS_SEJ && c.code === code));

// Each rule: key, profiles it applies to, element, what it says, then
// either `expr` (FHIRPath that must give [true]) or `cible` (references at
// `chemin` must resolve to an entry declaring one of `profils`, when they
// resolve at all: references outside the Bundle are allowed), and `casser`,
// the mutation that breaks it on the guide's example.
const REGLES = [
  // tddui-bundle
  { cle: 'bundle-type', profils: ['tddui-bundle'], element: 'Bundle.type', quoi: 'patternCode « transaction »',
    expr: "type = 'transaction'", casser: (r) => { r.type = 'batch'; } },
  { cle: 'bundle-entry-request', profils: ['tddui-bundle'], element: 'Bundle.entry:*.request', quoi: '1..1 pour chaque entrée d\'une tranche',
    expr: 'entry.where(resource.meta.profile.where($this in %tranches).exists()).all(request.exists())',
    casser: (r) => { delete r.entry[0].request; } },
  { cle: 'bundle-entry-request-method', profils: ['tddui-bundle'], element: 'Bundle.entry:*.request.method', quoi: 'patternCode « POST »',
    expr: "entry.where(resource.meta.profile.where($this in %tranches).exists()).all(request.method = 'POST')",
    casser: (r) => { r.entry[0].request.method = 'PUT'; } },
  // tddui-organization
  { cle: 'organization-identifier', profils: ['tddui-organization'], element: 'Organization.identifier', quoi: '1..*',
    expr: 'identifier.exists()', casser: (r) => sans(r, 'identifier') },
  { cle: 'organization-idNatSt', profils: ['tddui-organization'], element: 'Organization.identifier:idNatSt', quoi: '1..* : système IDNST (urn:oid:1.2.250.1.71.4.2.2) typé FR Core IDNST',
    expr: `identifier.where(system = '${SYS.idnst}' and type.coding.where(system = 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203' and code = 'IDNST').exists()).exists()`,
    casser: (r) => { r.identifier[0].system = 'urn:oid:1.2.250.1.71.4.2.1'; } },
  { cle: 'organization-idNatSt-format', profils: ['tddui-organization'], element: 'Organization.identifier:idNatSt.value', quoi: '« 1 » + FINESS (préfixe CI-SIS de l\'idNatSt)',
    expr: `identifier.where(system = '${SYS.idnst}').all(value.matches('^1[0-9][0-9AB][0-9]{7}$'))`,
    casser: (r) => { r.identifier[0].value = '480787529'; } },
  { cle: 'organization-name', profils: ['tddui-organization'], element: 'Organization.name', quoi: 'mustSupport (le nom de la structure)',
    expr: 'name.exists()', casser: (r) => sans(r, 'name') },
  // tddui-patient, tddui-patient-ins
  { cle: 'patient-identifier-type', profils: PATIENTS, element: 'Patient.identifier.type', quoi: 'liaison required à tddui-patient-identifier',
    expr: `identifier.type.all(coding.where(${dans('patientId')}).exists())`,
    casser: (r) => { premier(r.identifier, (i) => i.type).type.coding[0].system = 'https://exemple.invalid/cs'; } },
  { cle: 'patient-PI-max', profils: PATIENTS, element: 'Patient.identifier:PI', quoi: '0..1',
    expr: `identifier.where(system = '${SYS.local}').count() <= 1`,
    casser: (r) => { r.identifier.push(JSON.parse(JSON.stringify(premier(r.identifier, (i) => i.system === SYS.local)))); } },
  { cle: 'patient-PI-format', profils: PATIENTS, element: 'Patient.identifier:PI.value', quoi: 'format à respecter « 3+FINESS/identifiantLocalUsagerESSMS »',
    expr: `identifier.where(system = '${SYS.local}').all(value.matches('${PREFIXE}.+$'))`,
    casser: (r) => { premier(r.identifier, (i) => i.system === SYS.local).value = '194704032'; } },
  { cle: 'patient-usualName-max', profils: PATIENTS, element: 'Patient.name:usualName', quoi: '0..1',
    expr: "name.where(use = 'usual').count() <= 1",
    casser: (r) => { r.name.push({ use: 'usual', family: 'X' }, { use: 'usual', family: 'Y' }); } },
  { cle: 'patient-identityStatus', profils: PATIENTS, element: 'Patient.extension:identityReliability.extension:identityStatus', quoi: 'code de FR Core v2-0445 (profil de base FR Core : VALI, PROV…, pas de QUAL ni RECUP)',
    expr: `extension.where(url = 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability').extension.where(url = 'identityStatus').value.ofType(Coding).all(${dans('fiabilite')})`,
    casser: (r) => {
      r.extension = r.extension || [];
      r.extension.push({ url: 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability',
        extension: [{ url: 'identityStatus', valueCoding: { system: 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445', code: 'QUAL' } }] });
    } },
  { cle: 'patient-officialName', profils: ['tddui-patient'], element: 'Patient.name:officialName', quoi: '1..1 (et name 1..*)',
    expr: "name.where(use = 'official').count() = 1",
    casser: (r) => { r.name = r.name.filter((n) => n.use !== 'official'); } },
  { cle: 'patient-gender', profils: ['tddui-patient'], element: 'Patient.gender', quoi: 'liaison required à fr-core-vs-patient-gender-INS (male, female, unknown)',
    expr: 'gender.empty() or gender in %genreIns', casser: (r) => { r.gender = 'other'; } },
  { cle: 'patient-birthDate', profils: ['tddui-patient'], element: 'Patient.birthDate', quoi: '1..1',
    expr: 'birthDate.exists()', casser: (r) => sans(r, 'birthDate', '_birthDate') },
  { cle: 'patient-birth-order', profils: ['tddui-patient'], element: 'Patient.birthDate.extension:tddui-birth-order', quoi: '1..1',
    expr: `birthDate.extension('${SD}tddui-birth-order').count() = 1`, casser: (r) => sans(r, '_birthDate') },
  { cle: 'patient-ins-slices-max', profils: ['tddui-patient-ins'], element: 'Patient.identifier:INS-NIR, :INS-NIR-TEST, :INS-NIR-DEMO, :INS-NIA', quoi: '0..1 chacune',
    expr: ['INS-NIR', 'INS-NIR-TEST', 'INS-NIR-DEMO', 'INS-NIA'].map((c) => `identifier.where(type.coding.code contains '${c}').count() <= 1`).join(' and '),
    casser: (r) => { r.identifier.push(JSON.parse(JSON.stringify(premier(r.identifier, (i) => i.system === 'urn:oid:1.2.250.1.213.1.4.8')))); } },
  // tddui-encounter-sejour
  { cle: 'sejour-identifier', profils: ['tddui-encounter-sejour'], element: 'Encounter.identifier', quoi: '1..*',
    expr: 'identifier.exists()', casser: (r) => sans(r, 'identifier') },
  { cle: 'sejour-idStay', profils: ['tddui-encounter-sejour'], element: 'Encounter.identifier:idStay', quoi: `1..1, type ${CS_SEJ}#SEJ`,
    expr: `identifier.where(type.coding.where(system = '${CS_SEJ}' and code = 'SEJ').exists()).count() = 1`,
    casser: (r) => { idSej(r, 'SEJ').type.coding[0].system = `${CS_SEJ}-cs`; } },
  { cle: 'sejour-idStay-system', profils: ['tddui-encounter-sejour'], element: 'Encounter.identifier:idStay.system', quoi: `patternUri ${SYS.sejour}`,
    expr: `identifier.where(type.coding.where(system = '${CS_SEJ}' and code = 'SEJ').exists()).all(system = '${SYS.sejour}')`,
    casser: (r) => { idSej(r, 'SEJ').system = 'https://exemple.invalid/sejour'; } },
  { cle: 'sejour-idStay-format', profils: ['tddui-encounter-sejour'], element: 'Encounter.identifier:idStay.value', quoi: '1..1, format à respecter « 3+FINESS/identifiantLocalUsagerESSMS-SEJOUR-numeroDossier » (tout identifiant du système du séjour hors NUMDOSS)',
    // Also on an identifier of the stay's system whose type is wrong, so that a bad type does not hide a bad value.
    expr: `identifier.where(system = '${SYS.sejour}' and type.coding.where(code = 'NUMDOSS').empty()).all(value.matches('${PREFIXE}.+-SEJOUR-.+$'))`,
    casser: (r) => { idSej(r, 'SEJ').value = '1012'; } },
  { cle: 'sejour-identifier-type', profils: ['tddui-encounter-sejour'], element: 'Encounter.identifier:idStay, :AdministrativeFileNumber .type', quoi: 'liaison required à tddui-encounter-identifier',
    expr: `identifier.where(system = '${SYS.sejour}').all(type.coding.where(${dans('sejourId')}).exists())`,
    casser: (r) => { idSej(r, 'SEJ').type.coding[0].system = `${CS_SEJ}-cs`; } },
  { cle: 'sejour-AdministrativeFileNumber', profils: ['tddui-encounter-sejour'], element: 'Encounter.identifier:AdministrativeFileNumber', quoi: '0..1, système et valeur 1..1',
    expr: `identifier.where(type.coding.where(system = '${CS_SEJ}' and code = 'NUMDOSS').exists()).all(system = '${SYS.sejour}' and value.exists()) and identifier.where(type.coding.where(system = '${CS_SEJ}' and code = 'NUMDOSS').exists()).count() <= 1`,
    casser: (r) => { sans(idSej(r, 'NUMDOSS'), 'value'); } },
  { cle: 'sejour-subject', profils: ['tddui-encounter-sejour'], element: 'Encounter.subject', quoi: '1..1',
    expr: 'subject.exists()', casser: (r) => sans(r, 'subject') },
  { cle: 'sejour-serviceProvider', profils: ['tddui-encounter-sejour'], element: 'Encounter.serviceProvider', quoi: '1..1',
    expr: 'serviceProvider.exists()', casser: (r) => sans(r, 'serviceProvider') },
  { cle: 'sejour-subject-cible', profils: ['tddui-encounter-sejour'], element: 'Encounter.subject', quoi: 'cible tddui-patient ou tddui-patient-ins',
    cible: { chemin: 'subject', profils: PATIENTS }, casser: (r, b) => { r.subject.reference = organisation(b); } },
  { cle: 'sejour-serviceProvider-cible', profils: ['tddui-encounter-sejour'], element: 'Encounter.serviceProvider', quoi: 'cible tddui-organization',
    cible: { chemin: 'serviceProvider', profils: ['tddui-organization'] }, casser: (r, b) => { r.serviceProvider.reference = patient(b); } },
  // tddui-encounter-evenement
  { cle: 'evenement-identifier', profils: ['tddui-encounter-evenement'], element: 'Encounter.identifier', quoi: '1..1',
    expr: 'identifier.count() = 1', casser: (r) => { r.identifier.push(r.identifier[0]); } },
  { cle: 'evenement-identifier-type', profils: ['tddui-encounter-evenement'], element: 'Encounter.identifier.type', quoi: '1..1',
    expr: 'identifier.all(type.exists())', casser: (r) => sans(r.identifier[0], 'type') },
  { cle: 'evenement-identifier-system', profils: ['tddui-encounter-evenement'], element: 'Encounter.identifier.system', quoi: `1..1, patternUri ${SYS.evenement}`,
    expr: `identifier.all(system = '${SYS.evenement}')`, casser: (r) => { r.identifier[0].system = SYS.sejour; } },
  { cle: 'evenement-identifier-format', profils: ['tddui-encounter-evenement'], element: 'Encounter.identifier.value', quoi: '1..1, format à respecter « 3+FINESS/identifiantLocalUsagerESSMS-EVN-numEvenement »',
    expr: `identifier.all(value.matches('${PREFIXE}.+-EVN-.+$'))`, casser: (r) => { r.identifier[0].value = '12548'; } },
  { cle: 'evenement-type', profils: ['tddui-encounter-evenement'], element: 'Encounter.type', quoi: 'liaison required à tddui-encounter-type (sans la part FR Core, non détenue)',
    expr: `type.all(coding.where(${dans('evenementType')}).exists())`,
    casser: (r) => { r.type[0].coding[0].code = 'MED-9999'; r.type[0].coding[0].system = 'https://exemple.invalid/cs'; } },
  { cle: 'evenement-type-ssiad', profils: ['tddui-encounter-evenement'], element: 'Encounter.type:ssiad', quoi: 'coding 1..1, code de jdv-type-evenement-ssiad-cisis',
    expr: `type.where(coding.system = '${CISIS}').all(coding.count() = 1 and coding.where(${dans('ssiad')}).exists())`,
    casser: (r) => { premier(r.type, (t) => t.coding[0].system === CISIS).coding[0].code = 'MED-9999'; } },
  { cle: 'evenement-type-serafin', profils: ['tddui-encounter-evenement'], element: 'Encounter.type:serafin', quoi: 'coding 1..1, code de tddui-serafin (JDV_J283, JDV_J284)',
    expr: `type.where(coding.system = '${SERAFIN}').all(coding.count() = 1 and coding.where(${dans('serafin')}).exists())`,
    casser: (r) => { r.type.push({ coding: [{ system: SERAFIN, code: '9.9.9' }] }); } },
  { cle: 'evenement-type-text', profils: ['tddui-encounter-evenement'], element: 'Encounter.type:text', quoi: 'code « not-permitted », display « Not Permitted », text 1..1',
    expr: `type.where(coding.system = '${DAR}').all(coding.code = 'not-permitted' and coding.display = 'Not Permitted' and text.exists())`,
    casser: (r) => { sans(premier(r.type, (t) => t.coding[0].system === DAR), 'text'); } },
  { cle: 'evenement-subject', profils: ['tddui-encounter-evenement'], element: 'Encounter.subject', quoi: '1..1',
    expr: 'subject.exists()', casser: (r) => sans(r, 'subject') },
  { cle: 'evenement-period', profils: ['tddui-encounter-evenement'], element: 'Encounter.period.start, .end', quoi: '1..1 chacun',
    expr: 'period.start.exists() and period.end.exists()', casser: (r) => sans(r.period, 'end') },
  { cle: 'evenement-class', profils: ['tddui-encounter-evenement'], element: 'Encounter.class.system, .code', quoi: '1..1 chacun',
    expr: 'class.system.exists() and class.code.exists()', casser: (r) => sans(r.class, 'system') },
  { cle: 'evenement-account-location', profils: ['tddui-encounter-evenement'], element: 'Encounter.account, Encounter.location', quoi: '0..1 chacun',
    expr: 'account.count() <= 1 and location.count() <= 1', casser: (r) => { r.location.push(r.location[0]); } },
  { cle: 'MatDetailOnlyIfTypeOrg206', profils: ['tddui-encounter-evenement'], element: 'Encounter', quoi: 'invariant (error), texte du profil',
    expr: invariant('tddui-encounter-evenement', 'MatDetailOnlyIfTypeOrg206'),
    casser: (r) => { r.extension[0].extension[0].valueCodeableConcept.coding[0].code = 'ORG-207'; } },
  { cle: 'FacilityOnlyIfTypeOrg207', profils: ['tddui-encounter-evenement'], element: 'Encounter', quoi: 'invariant (error), texte du profil',
    expr: invariant('tddui-encounter-evenement', 'FacilityOnlyIfTypeOrg207'),
    casser: (r) => { r.extension[0].extension.push({ url: 'TDDUIFacilityResource', valueString: 'x' }); } },
  { cle: 'evenement-partOf-cible', profils: ['tddui-encounter-evenement'], element: 'Encounter.partOf', quoi: 'cible tddui-encounter-sejour',
    cible: { chemin: 'partOf', profils: ['tddui-encounter-sejour'] }, casser: (r, b) => { r.partOf.reference = patient(b); } },
  { cle: 'evenement-subject-cible', profils: ['tddui-encounter-evenement'], element: 'Encounter.subject', quoi: 'cible tddui-patient, tddui-patient-ins ou Group',
    cible: { chemin: 'subject', profils: PATIENTS, types: ['Group'] }, casser: (r, b) => { r.subject.reference = organisation(b); } },
  { cle: 'evenement-participant-cible', profils: ['tddui-encounter-evenement'], element: 'Encounter.participant.individual', quoi: 'cible tddui-practitioner ou tddui-practitioner-role',
    cible: { chemin: 'participant.individual', profils: ['tddui-practitioner', 'tddui-practitioner-role'] },
    casser: (r, b) => { r.participant[0].individual.reference = patient(b); } },
  { cle: 'evenement-serviceProvider-cible', profils: ['tddui-encounter-evenement'], element: 'Encounter.serviceProvider', quoi: 'cible tddui-organization',
    cible: { chemin: 'serviceProvider', profils: ['tddui-organization'] }, casser: (r, b) => { r.serviceProvider.reference = patient(b); } },
  // tddui-questionnaire-response
  { cle: 'qr-identifier', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.identifier', quoi: '1..1',
    expr: 'identifier.exists()', casser: (r) => sans(r, 'identifier') },
  { cle: 'qr-identifier-system', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.identifier.system', quoi: `1..1, patternUri ${SYS.evaluation}`,
    expr: `identifier.all(system = '${SYS.evaluation}')`, casser: (r) => { r.identifier.system = SYS.sejour; } },
  { cle: 'qr-identifier-format', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.identifier.value', quoi: '1..1, format à respecter « 3+FINESS/identifiantLocalUsagerESSMS-EVAL-numEvaluation »',
    expr: `identifier.all(value.matches('${PREFIXE}.+-EVAL-.+$'))`, casser: (r) => { r.identifier.value = '3480787529/147720425367411/CAMPAGNE'; } },
  { cle: 'qr-questionnaire', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.questionnaire', quoi: '1..1',
    expr: 'questionnaire.exists()', casser: (r) => sans(r, 'questionnaire') },
  { cle: 'qr-subject', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.subject', quoi: '1..1',
    expr: 'subject.exists()', casser: (r) => sans(r, 'subject') },
  { cle: 'qr-item', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.item', quoi: '1..*',
    expr: 'item.exists()', casser: (r) => sans(r, 'item') },
  { cle: 'qr-participant-max', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.extension:TDDUIQRParticipant', quoi: '0..1',
    expr: `extension.where(url = '${SD}tddui-qr-participant').count() <= 1`,
    casser: (r) => { r.extension = [{ url: `${SD}tddui-qr-participant` }, { url: `${SD}tddui-qr-participant` }]; } },
  { cle: 'auto-eval-porteur', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse', quoi: 'invariant (error), texte du profil',
    expr: invariant('tddui-questionnaire-response', 'auto-eval-porteur'),
    casser: (r) => { r.source = { reference: 'Patient/tddui-patient-ins-example' }; } },
  { cle: 'professionnel-requis', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse', quoi: 'invariant (error), texte du profil',
    expr: invariant('tddui-questionnaire-response', 'professionnel-requis'),
    casser: (r) => sans(r, 'source', 'author') },
  { cle: 'qr-subject-cible', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.subject', quoi: 'cible tddui-patient ou tddui-patient-ins',
    cible: { chemin: 'subject', profils: PATIENTS }, casser: (r, b) => { r.subject.reference = organisation(b); } },
  { cle: 'qr-encounter-cible', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.encounter', quoi: 'cible tddui-encounter-evenement',
    cible: { chemin: 'encounter', profils: ['tddui-encounter-evenement'] }, casser: (r, b) => { r.encounter.reference = sejour(b); } },
  { cle: 'qr-author-cible', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.author', quoi: 'cible tddui-practitioner',
    cible: { chemin: 'author', profils: ['tddui-practitioner'] }, casser: (r, b) => { r.author = { reference: patient(b) }; } },
  { cle: 'qr-source-cible', profils: ['tddui-questionnaire-response'], element: 'QuestionnaireResponse.source', quoi: 'cible tddui-practitioner, tddui-patient ou tddui-patient-ins',
    cible: { chemin: 'source', profils: ['tddui-practitioner', ...PATIENTS] }, casser: (r, b) => { r.source.reference = organisation(b); } },
];

const declare = (res, p) => ((res && res.meta && res.meta.profile) || []).includes(SD + p);
const de = (b, p) => b.entry.find((e) => declare(e.resource, p)).fullUrl;
const patient = (b) => de(b, 'tddui-patient-ins');
const organisation = (b) => de(b, 'tddui-organization');
const sejour = (b) => de(b, 'tddui-encounter-sejour');

/// The entry a reference designates: the fullUrl itself, or a relative
/// `Type/id` against the referring entry's base (FHIR R4 Bundle rules),
/// else an entry whose resource is `Type/id`; null outside the Bundle.
function resoudre(bundle, depuis, ref) {
  if (!bundle || typeof ref !== 'string') return null;
  const entrees = bundle.entry || [];
  const exacte = entrees.find((e) => e.fullUrl === ref);
  if (exacte) return exacte.resource;
  const m = /^([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(ref);
  if (!m) return null;
  const base = typeof depuis === 'string' ? depuis.replace(/[A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/, '') : null;
  const e = entrees.find((x) => (base !== null && x.fullUrl === base + ref)
    || (x.resource && x.resource.resourceType === m[1] && x.resource.id === m[2]));
  return e ? e.resource : null;
}

const compilees = new Map();
function evaluer(res, expr) {
  let f = compilees.get(expr);
  if (!f) {
    f = fhirpath.compile(expr, r4);
    compilees.set(expr, f);
  }
  return f(res, { ...VS, resource: res });
}

/// Does `regle` hold on `res` (the entry `fullUrl` of `bundle`, if any)?
function tient(regle, res, bundle, fullUrl) {
  if (regle.expr) {
    const v = evaluer(res, regle.expr);
    return v.length === 1 && v[0] === true;
  }
  const refs = evaluer(res, `${regle.cible.chemin}.reference`);
  return refs.every((ref) => {
    const cible = resoudre(bundle, fullUrl, ref);
    return cible === null
      || regle.cible.profils.some((p) => declare(cible, p))
      || (regle.cible.types || []).includes(cible.resourceType);
  });
}

/// Every resource to check: the root, and each entry's resource of a Bundle.
function ressources(racine) {
  const out = [{ res: racine, ou: '', fullUrl: null }];
  if (racine.resourceType === 'Bundle') {
    (racine.entry || []).forEach((e, i) => {
      if (e && e.resource) out.push({ res: e.resource, ou: `/entry/${i}/resource`, fullUrl: e.fullUrl });
    });
  }
  return out;
}

function verifier(racine) {
  const bundle = racine.resourceType === 'Bundle' ? racine : null;
  const echecs = [];
  for (const { res, ou, fullUrl } of ressources(racine)) {
    for (const regle of REGLES) {
      const profil = regle.profils.find((p) => declare(res, p));
      if (!profil) continue;
      let ok;
      try {
        ok = tient(regle, res, bundle, fullUrl);
      } catch (e) {
        ok = false;
      }
      if (!ok) echecs.push({ regle: regle.cle, profil, ou });
    }
  }
  return echecs;
}

/// The guide's example Bundle with its standalone examples added as
/// entries (the non-INS Patient, the QuestionnaireResponses), so that
/// every profile and every reference rule has an instance.
function exempleComplete() {
  const b = lire('examples/Bundle-tddui-bundle-example.json');
  const dossier = path.join(TDDUI, 'examples');
  for (const f of fs.readdirSync(dossier).sort()) {
    if (!/^(Patient-tddui-patient-example|QuestionnaireResponse-)/.test(f)) continue;
    const r = JSON.parse(fs.readFileSync(path.join(dossier, f), 'utf8'));
    b.entry.push({ fullUrl: `https://test-server.fr/${r.resourceType}/${r.id}`, resource: r,
      request: { method: 'POST', url: r.resourceType } });
  }
  return b;
}

function autotest() {
  const base = exempleComplete();
  return REGLES.map((regle) => {
    const trouver = (b) => ressources(b).find(({ res }) => regle.profils.some((p) => declare(res, p)));
    const ici = trouver(base);
    if (!ici) return { regle: regle.cle, profil: regle.profils.join('|'), applicable: false, passe: false, casse: false };
    const passe = tient(regle, ici.res, base, ici.fullUrl);
    const copie = JSON.parse(JSON.stringify(base));
    const la = trouver(copie);
    let casse;
    try {
      regle.casser(la.res, copie);
      casse = !tient(regle, la.res, copie, la.fullUrl);
    } catch (e) {
      casse = false;
    }
    return { regle: regle.cle, profil: regle.profils.find((p) => declare(ici.res, p)), applicable: true, passe, casse };
  });
}

const mode = process.argv[2];
if (mode === 'autotest') {
  process.stdout.write(JSON.stringify(autotest()));
} else if (mode === 'regles') {
  process.stdout.write(JSON.stringify(REGLES.map((r) => ({ regle: r.cle, profils: r.profils, element: r.element, quoi: r.quoi }))));
} else if (mode === 'complete') {
  process.stdout.write(JSON.stringify(exempleComplete()));
} else if (mode === 'verifier') {
  let entree = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => { entree += d; });
  process.stdin.on('end', () => {
    const cas = JSON.parse(entree);
    process.stdout.write(JSON.stringify(cas.map(({ nom, ressource }) => ({ nom, echecs: verifier(ressource) }))));
  });
} else {
  process.stderr.write('usage : node profils.js verifier|autotest|regles|complete\n');
  process.exit(2);
}
