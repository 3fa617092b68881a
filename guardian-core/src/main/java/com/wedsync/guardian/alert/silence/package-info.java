/** Silences: people mute alerts matching label matchers for a while, saying who and why; they expire on their own. */
package com.wedsync.guardian.alert.silence;
