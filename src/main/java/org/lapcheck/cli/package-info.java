/** The command line: picocli commands that wire the layers together and hold no assessment logic of their own. */
package org.lapcheck.cli;
