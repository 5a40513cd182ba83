using Backlot.Cli;

return await BacklotCommandLine.RunAsync(args);
