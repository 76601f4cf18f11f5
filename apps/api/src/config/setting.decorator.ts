import 'reflect-metadata';

/** What docs/configuration.md says about one environment variable. */
export interface SettingDoc {
  name: string;
  /** The default as a person reads it (e.g. `3000`, `true outside production`). Empty: no default. */
  default: string;
  description: string;
}

const SETTINGS = Symbol('commons:settings');

/**
 * Documents one setting. The property name is the environment variable's name, so the table in
 * docs/configuration.md is generated from the class and cannot drift from what is validated.
 */
export function Setting(description: string, defaultText = ''): PropertyDecorator {
  return (target, key) => {
    const list: SettingDoc[] = Reflect.getMetadata(SETTINGS, target) ?? [];
    Reflect.defineMetadata(
      SETTINGS,
      [...list, { name: String(key), default: defaultText, description }],
      target,
    );
  };
}

export function settingDocs(configClass: { prototype: object }): SettingDoc[] {
  return Reflect.getMetadata(SETTINGS, configClass.prototype) ?? [];
}
