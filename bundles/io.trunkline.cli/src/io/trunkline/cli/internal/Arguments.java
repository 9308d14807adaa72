package io.trunkline.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The arguments of one verb: positional values, {@code --flag}s and {@code --option value}s. */
final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Arguments() {
    }

    /** Parses {@code arguments}; anything starting with {@code --} must be one of the allowed names. */
    static Arguments parse(List<String> arguments, Set<String> flags, Set<String> valued) throws UsageException {
        Arguments result = new Arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                result.positional.add(argument);
            } else if (flags.contains(argument)) {
                result.options.put(argument, "true");
            } else if (valued.contains(argument)) {
                if (i + 1 >= arguments.size()) {
                    throw new UsageException(argument + " needs a value");
                }
                result.options.put(argument, arguments.get(++i));
            } else {
                throw new UsageException("unknown option " + argument);
            }
        }
        return result;
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    int intOption(String name, int fallback) throws UsageException {
        Optional<String> value = option(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number, not '" + value.get() + "'");
        }
    }

    /** The single positional argument, e.g. the topology file. */
    String single(String what) throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "missing " + what : "expected one " + what + ", got " + positional);
        }
        return positional.get(0);
    }
}
