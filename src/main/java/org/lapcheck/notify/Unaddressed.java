package org.lapcheck.notify;

/**
 * An office or contact that receives nothing, and why: no address in the machinery, or an address that is not
 * a valid one. Reported by the command, never silently skipped.
 *
 * @param key      the recipient key the message would have had
 * @param reason   what is wrong, in a sentence
 * @param malformed true when an address is there but invalid (an input to fix), false when it is simply absent
 */
public record Unaddressed(String key, String reason, boolean malformed) {}
