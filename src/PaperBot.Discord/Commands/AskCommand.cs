using PaperBot.Core.Chat;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/ask question</c>: an answer from the corpus with its sources; memory per channel, as in chat.</summary>
internal sealed class AskCommand(IAssistant assistant) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "ask",
        Description = "Ask a question; PaperBot answers from the papers and cites them",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options = [OptionShapes.Text("question", "Your question, e.g. how does speculative decoding speed up inference?", required: true, maxLength: 2000)],
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var question = invocation.GetString("question");
        if (string.IsNullOrWhiteSpace(question))
        {
            return Reply.Private("Ask a question, e.g. `/ask question: what is flash attention?`");
        }

        var answer = await assistant.AskAsync(invocation.ConversationId, question, cancellationToken).ConfigureAwait(false);
        return PaperMessages.Answer(answer);
    }
}
