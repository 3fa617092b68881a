/**
 * {@code guardian.yaml}: read into a tree, environment variables substituted, every section checked,
 * and every problem collected (with its path) before anything starts.
 */
package com.wedsync.guardian.app.config;
