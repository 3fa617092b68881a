/**
 * GitHub's custom deployment protection rule (issue 15): a signed {@code deployment_protection_rule} webhook in, the
 * freeze decides, the answer goes back through {@code deployment_callback_url} with a GitHub App installation token.
 * Facts relied on: docs/deploy-freezes.md.
 */
package com.wedsync.guardian.app.github;
