using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Chat;

namespace PaperBot.Cli;

/// <summary><c>ask "QUESTION" [--json]</c>: an answer from the corpus with its citations.</summary>
internal static class AskVerb
{
    /// <summary>One-shot questions share no memory with the shell, Discord, or each other (see the memory override below).</summary>
    private const string ConversationId = "cli:ask";

    public static Command Create(VerbContext verbs)
    {
        var question = new Argument<string>("question") { Description = "What you want to know, in your own words." };
        var json = CommonOptions.Json();
        var command = new Command("ask", "Ask a question; the answer cites the papers it used.") { question, json };
        command.SetAction((parse, ct) => verbs.RunWithIndexAsync(parse, async (services, token) =>
        {
            var answer = await services.GetRequiredService<IAssistant>().AskAsync(ConversationId, parse.GetValue(question) ?? "", token);
            await verbs.WriteResultAsync(parse.GetValue(json), AnswerJson.From(answer), _ => TextFormat.Answer(answer));

            return 0;
        }, ct, o => o with { Settings = o.Settings.SetItem("Ai:MemoryTurns", "0") }));
        return command;
    }
}
