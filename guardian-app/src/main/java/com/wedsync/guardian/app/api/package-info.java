/**
 * The guardian's API documents: one record per JSON document, written by both the CLI's {@code --json} and the HTTP
 * API, and the OpenAPI 3.1 description generated from those records and the route catalogue, so the description
 * cannot drift from what is served. A core record is copied into a document here; renaming a core field changes
 * no document.
 */
package com.wedsync.guardian.app.api;
