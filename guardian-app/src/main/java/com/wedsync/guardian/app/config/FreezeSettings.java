package com.wedsync.guardian.app.config;

import com.wedsync.guardian.app.github.GitHubSettings;
import com.wedsync.guardian.freeze.FreezePolicy;

import java.util.Optional;

/** {@code freeze:}: the policy, and GitHub's deployment protection rule when {@code freeze.github} is set. */
public record FreezeSettings(FreezePolicy policy, Optional<GitHubSettings> github) {
}
