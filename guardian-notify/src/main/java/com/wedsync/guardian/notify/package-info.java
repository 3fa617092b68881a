/**
 * Alert delivery: the channel table ({@link com.wedsync.guardian.notify.ChannelFactory}), channel entries read into
 * typed configs at load time and made into notifiers once at start, and the facts every channel shows. One
 * sub-package per channel.
 */
package com.wedsync.guardian.notify;
