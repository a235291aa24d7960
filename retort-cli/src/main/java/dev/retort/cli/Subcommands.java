package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code retort}, in the order help lists them. Building a subcommand's model
 * takes picocli a good share of start-up, so a run registers only the one it was asked for, and all
 * of them only when it needs the list (help, or a name it does not know, to suggest another).
 */
final class Subcommands {
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("init", InitCommand::new);
        ALL.put("revision", RevisionCommand::new);
        ALL.put("merge", MergeCommand::new);
        ALL.put("upgrade", UpgradeCommand::new);
        ALL.put("downgrade", DowngradeCommand::new);
        ALL.put("current", CurrentCommand::new);
        ALL.put("stamp", StampCommand::new);
        ALL.put("repair", RepairCommand::new);
        ALL.put("heads", HeadsCommand::new);
        ALL.put("branches", BranchesCommand::new);
        ALL.put("history", HistoryCommand::new);
        ALL.put("show", ShowCommand::new);
        ALL.put("check", CheckCommand::new);
        ALL.put("diff", DiffCommand::new);
        ALL.put("status", StatusCommand::new);
        ALL.put("edit", EditCommand::new);
        ALL.put("info", InfoCommand::new);
        ALL.put("backup", BackupCommand::new);
        ALL.put("reset", ResetCommand::new);
        ALL.put("squash", SquashCommand::new);
    }

    /** Global options that take a value in the next argument. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("-c", "--config", "--env", "--url", "--dialect");

    private Subcommands() {}

    /** Every subcommand name, in help order. */
    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** Registers on {@code commandLine} the subcommand {@code args} name, or all of them. */
    static void register(CommandLine commandLine, String[] args) {
        String chosen = chosen(args);
        if (chosen != null && ALL.containsKey(chosen)) {
            commandLine.addSubcommand(chosen, ALL.get(chosen).get());
            return;
        }
        ALL.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
    }

    /** The first argument that is not a global option or its value: the subcommand, if any. */
    private static String chosen(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                return arg;
            }
            if (OPTIONS_WITH_VALUES.contains(arg)) {
                i++;
            }
        }
        return null;
    }
}
