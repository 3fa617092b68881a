/** The deploy freeze in the shapes pulling tools read: Argo CD sync windows, GitLab freeze periods, an ICS calendar. */
package com.wedsync.guardian.app.freeze;
