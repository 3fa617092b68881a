/**
 * {@code guardian.yaml}: declared whole in {@code GuardianSchema} (the app's own sections, and those its modules
 * declare next to their types), read into a tree and through the one config reader with environment variables
 * substituted, and every problem collected (with its path) before anything starts.
 */
package com.wedsync.guardian.app.config;
