/**
 * The deployment change freeze (issue 15): may a service be deployed to an environment at an instant, and if not,
 * why and until when. Built on the wedding context ({@code wedding}); pure, no I/O, time passed in.
 */
package com.wedsync.guardian.freeze;
