/**
 * The scaling scenario: a generated wedding season and its load history, and the runner that
 * replays the busiest day against a real database under each sizing policy ({@code guardian bench scenario}).
 */
package com.wedsync.guardian.app.scenario;
