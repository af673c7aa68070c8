using Microsoft.Extensions.DependencyInjection;
using PaperBot.Discord.Interactions;

namespace PaperBot.Discord.Library;

/// <summary>The library's commands and buttons in one place, so the Discord registration gains one line.</summary>
internal static class LibraryRegistration
{
    public static IServiceCollection AddLibraryCommands(this IServiceCollection services)
    {
        services.AddSingleton<MemberLibrary>();
        services.AddSingleton<LibraryButtons>();
        services.AddSingleton<ISlashCommand, SaveCommand>();
        services.AddSingleton<ISlashCommand, LibraryCommand>();
        services.AddSingleton<ISlashCommand, ReadingListCommand>();
        services.AddSingleton<ISlashCommand, ForgetMeCommand>();
        return services;
    }
}
