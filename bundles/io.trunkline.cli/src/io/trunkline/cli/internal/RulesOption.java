package io.trunkline.cli.internal;

import java.nio.file.Path;
import java.util.Optional;

import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.RuleSettingsException;

/**
 * {@code --rules FILE}, taken by every command that validates: the rules switched off or given another severity,
 * in the file the Validation preference page exports. Read before anything is loaded or written, so a bad file
 * costs nothing but the message.
 */
final class RulesOption {

    static final String OPTION = "--rules";

    /** The line every usage text that takes the option shows. */
    static final String USAGE = "  --rules FILE  rule settings: one 'RULE-ID = off|on|error|warning|info' a line (the file\n"
            + "                the Validation preference page exports); rules not listed run as 'trunkline rules' says";

    private RulesOption() {
    }

    /** The settings {@code --rules} names, or the catalogue's when it is not given. */
    static RuleSettings of(Arguments args) throws RuleSettingsException {
        Optional<String> file = args.option(OPTION);
        return file.isEmpty() ? RuleSettings.defaults() : RuleSettings.read(Path.of(file.get()), file.get());
    }
}
