/** The routing tree: label matchers, child routes and {@code continue}, deciding which receivers and policies an alert goes to. */
package com.wedsync.guardian.alert.route;
