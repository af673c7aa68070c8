using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Chat;

namespace PaperBot.Cli;

/// <summary><c>ask "QUESTION" [--json]</c>: an answer from the corpus with its citations.</summary>
internal static class AskVerb
{
    public static Command Create(VerbContext verbs)
    {
        var question = new Argument<string>("question") { Description = "What you want to know, in your own words." };
        var json = CommonOptions.Json();
        var command = new Command("ask", "Ask a question; the answer cites the papers it used.") { question, json };
        command.SetAction((parse, ct) => verbs.RunWithIndexAsync(parse, async (services, token) =>
        {
            // A one-shot question: no memory read or written, so it shares none with the shell, Discord, or other runs.
            var answer = await services.GetRequiredService<IAssistant>().AskAsync(conversationId: null, parse.GetValue(question) ?? "", token);
            await verbs.WriteResultAsync(parse.GetValue(json), AnswerJson.From(answer), _ => TextFormat.Answer(answer));

            return 0;
        }, ct));
        return command;
    }
}
