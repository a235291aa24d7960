package dev.retort.cli;

import dev.retort.ErrorCode;
import dev.retort.RetortException;
import dev.retort.RevisionInfo;
import dev.retort.UsageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort edit REV}: opens a revision's script in the user's editor. */
@Command(
        mixinStandardHelpOptions = true,
        name = "edit",
        description = "Open the script of a revision in $VISUAL or $EDITOR; exits with the editor's exit code.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort edit head", "  EDITOR=nano retort edit 1975ea83"})
final class EditCommand extends ProjectCommand {
    @Parameters(paramLabel = "REV", description = "The revision: an id (or its first characters), a label, head.")
    String revision;

    @Override
    int run(Console console) {
        List<RevisionInfo> revisions = retort().show(revision);
        if (revisions.size() != 1) {
            throw new UsageException(
                    "'" + revision + "' names " + revisions.size() + " revisions; edit opens one",
                    "name one of them: "
                            + String.join(
                                    ", ",
                                    revisions.stream().map(RevisionInfo::id).toList()));
        }
        String path = revisions.get(0).path().toString();
        String editor = editor(root.invocation().environment());
        List<String> command = new ArrayList<>(List.of(editor.strip().split("\\s+")));
        command.add(path);
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            return process.waitFor();
        } catch (IOException e) {
            throw new RetortException(
                    ErrorCode.IO,
                    "cannot start the editor '" + editor + "': " + e.getMessage(),
                    "set EDITOR to an editor on your PATH, e.g. EDITOR=nano");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static String editor(Map<String, String> environment) {
        for (String variable : List.of("VISUAL", "EDITOR")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new UsageException(
                "no editor is set: neither VISUAL nor EDITOR is in the environment",
                "set one, e.g. `EDITOR=nano retort edit head`, or open the file `retort show head` names");
    }
}
