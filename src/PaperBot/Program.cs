using PaperBot.Cli;
using PaperBot.Hosting;

// Parse the command line, then compose the host for the chosen verb (see PaperBotApp).
return await PaperBotCli.RunAsync(args, PaperBotApp.CreateHost, Console.Out, Console.Error);
