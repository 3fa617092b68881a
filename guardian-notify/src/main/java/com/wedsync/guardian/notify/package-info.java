/**
 * Alert delivery: the channel table ({@link com.wedsync.guardian.notify.ChannelFactory}), channel settings read from
 * config, secrets that never print, and the facts every channel shows. One sub-package per channel.
 */
package com.wedsync.guardian.notify;
