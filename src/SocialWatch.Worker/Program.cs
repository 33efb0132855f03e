using SocialWatch.Worker.Cli;
using SocialWatch.Worker.Hosting;

// SocialWatch: one executable, several verbs; `run` (the default) is the service. See README.md.
var home = AppHome.Locate();
Directory.SetCurrentDirectory(home.Root);
return await CommandLineApp.RunAsync(args, home, Console.Out, Console.Error);
