package io.trunkline.editor.preferences;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import io.trunkline.validation.RuleSettings;

/**
 * The rule settings of the workspace, kept in its preferences as one value ({@code TL-GW-04=off;TL-GW-05=error}),
 * so a change reaches the open editors as one event. Rules the catalogue no longer has are skipped on reading.
 */
public final class ValidationPreferences {

	static final String NODE = "io.trunkline.editor";
	static final String KEY = "ruleSettings";

	private ValidationPreferences() {
	}

	/** The workspace's settings; the catalogue's when none were saved. */
	public static RuleSettings settings() {
		return decode(node().get(KEY, ""));
	}

	/** Saves {@code settings} as the workspace's; every listener hears of it. */
	public static void store(RuleSettings settings) throws BackingStoreException {
		IEclipsePreferences node = node();
		String value = encode(settings);
		if (value.isEmpty()) {
			node.remove(KEY);
		} else {
			node.put(KEY, value);
		}
		node.flush();
	}

	/** Calls {@code listener} with the new settings whenever they change; the result removes the listener. */
	public static Runnable listen(Consumer<RuleSettings> listener) {
		IEclipsePreferences node = node();
		IPreferenceChangeListener adapter = event -> {
			if (KEY.equals(event.getKey())) {
				listener.accept(decode(event.getNewValue() instanceof String value ? value : ""));
			}
		};
		node.addPreferenceChangeListener(adapter);
		return () -> node.removePreferenceChangeListener(adapter);
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	private static String encode(RuleSettings settings) {
		StringBuilder out = new StringBuilder();
		settings.asMap().forEach((id, word) -> out.append(out.length() == 0 ? "" : ";").append(id).append('=').append(word));
		return out.toString();
	}

	private static RuleSettings decode(String value) {
		Map<String, String> words = new LinkedHashMap<>();
		for (String pair : value.split(";")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				words.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		}
		return RuleSettings.fromMap(words);
	}
}
