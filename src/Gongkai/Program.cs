using Gongkai.Cli;

return await CommandLine.RunAsync(args);
